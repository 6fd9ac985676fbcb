using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventPlatform.Identity.Organizations;

internal static class OrganizationsServiceCollectionExtensions
{
    /// <summary>Organizations, memberships, invitations and branding (app services are registered with the module's).</summary>
    public static IServiceCollection AddOrganizations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrganizationsOptions>().Bind(configuration.GetSection(OrganizationsOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentMember>();
        services.AddScoped<UserOrganizations>();
        services.AddScoped<OrganizationManager>();
        services.AddScoped<InvitationSender>();
        services.AddScoped<IOrganizationBrandingProvider, OrganizationBrandingProvider>();
        return services;
    }
}
