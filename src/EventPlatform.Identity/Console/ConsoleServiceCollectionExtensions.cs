using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.PlatformConsole;

internal static class ConsoleServiceCollectionExtensions
{
    /// <summary>The platform console: its administrators-only policy and Identity's usage figure (members).</summary>
    public static IServiceCollection AddPlatformConsole(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ConsolePolicies.PlatformAdmin, policy => policy
            .RequireAuthenticatedUser()
            .AddRequirements(new PlatformAdminRequirement()));
        services.AddScoped<IAuthorizationHandler, PlatformAdminHandler>();
        services.AddScoped<IOrganizationUsageProvider, MemberUsageProvider>();
        return services;
    }
}
