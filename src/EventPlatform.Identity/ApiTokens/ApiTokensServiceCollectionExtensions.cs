using EventPlatform.Identity.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.ApiTokens;

internal static class ApiTokensServiceCollectionExtensions
{
    /// <summary>The <c>Bearer ep_...</c> scheme, picked by the default scheme's selector; the app service comes with the module's.</summary>
    public static IServiceCollection AddApiTokens(this IServiceCollection services)
    {
        services.AddSingleton<ApiTokenCache>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, options => { });
        AuthenticationSchemes.ApiTokenScheme = ApiTokenAuthenticationHandler.SchemeName;
        return services;
    }
}
