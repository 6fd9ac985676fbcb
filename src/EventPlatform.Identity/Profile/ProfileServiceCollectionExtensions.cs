using EventPlatform.Identity.Gdpr;
using EventPlatform.Identity.SecurityLog;
using EventPlatform.Identity.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using EventPlatform.Platform.Users;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Profile;

internal static class ProfileServiceCollectionExtensions
{
    /// <summary>
    /// Profile, avatar, server-side sign-in sessions (the application cookie's ticket store), the preferred language
    /// applied at sign-in, and the security logs (app services are found by the module).
    /// </summary>
    public static IServiceCollection AddProfile(this IServiceCollection services)
    {
        services.AddScoped<CurrentAccount>();
        services.AddScoped<AvatarService>();
        services.AddScoped<SecurityEventReader>();
        services.AddSingleton<UserSessionStore>();
        services.AddScoped<IPersonalDataProvider, ProfilePersonalDataProvider>();
        services.AddScoped<IPersonalDataEraser, ProfilePersonalDataEraser>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<UserSessionStore>((options, store) =>
            {
                options.SessionStore = store;
                var signedIn = options.Events.OnSignedIn;
                options.Events.OnSignedIn = async context =>
                {
                    await signedIn(context);
                    if (context.Principal?.FindUserId() is { } userId) await PreferredCultureCookie.ApplyAtSignInAsync(context.HttpContext, userId);
                };
            });
        return services;
    }
}
