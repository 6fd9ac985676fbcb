using EventPlatform.Identity.Sso;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.External;

internal static class ExternalSignInServiceCollectionExtensions
{
    /// <summary>Google and Microsoft sign-in when configured, and per-organization single sign-on.</summary>
    public static IServiceCollection AddExternalSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ExternalAuthenticationOptions.SectionName);
        services.Configure<ExternalAuthenticationOptions>(section);
        var options = section.Get<ExternalAuthenticationOptions>() ?? new ExternalAuthenticationOptions();

        var authentication = services.AddAuthentication();
        AddProvider(authentication, ExternalProviders.Google, options.Google, ExternalProviders.GoogleAuthority, options.RequireHttpsMetadata);
        AddProvider(authentication, ExternalProviders.Microsoft, options.Microsoft, ExternalProviders.MicrosoftAuthority, options.RequireHttpsMetadata);

        // Enterprise schemes are added at run time; they need the handler's post-configuration all the same.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddSingleton<EnterpriseSsoSchemes>();
        services.AddScoped<ExternalSignInService>();
        return services;
    }

    public static IApplicationBuilder UseEnterpriseSsoCallbacks(this IApplicationBuilder app) =>
        app.UseMiddleware<EnterpriseSsoCallbackMiddleware>();

    private static void AddProvider(AuthenticationBuilder authentication, string scheme, ExternalProviderOptions provider, string defaultAuthority, bool requireHttpsMetadata)
    {
        if (!provider.IsEnabled) return;
        authentication.AddOpenIdConnect(scheme, ExternalProviders.DisplayName(scheme), o =>
            ExternalProviders.Configure(o, scheme, provider.Authority ?? defaultAuthority, provider.ClientId!, provider.ClientSecret!, requireHttpsMetadata));
    }
}
