using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Gdpr;

internal static class GdprServiceCollectionExtensions
{
    /// <summary>Consents, the personal data download (with Identity's own section) and account erasure.</summary>
    public static IServiceCollection AddGdpr(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GdprOptions>(configuration.GetSection("Gdpr"));
        services.AddScoped<ConsentManager>();
        services.AddScoped<PersonalDataExporter>();
        services.AddScoped<AccountEraser>();
        services.AddScoped<IPersonalDataProvider, IdentityPersonalDataProvider>();
        services.AddScoped<IPersonalDataProvider, SecurityLogPersonalDataProvider>();
        services.AddScoped<IPersonalDataEraser, IdentityPersonalDataEraser>();
        return services;
    }
}
