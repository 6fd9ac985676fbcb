using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Pages.Account;
using EventPlatform.Platform.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Accounts;

internal static class AccountServiceCollectionExtensions
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string AccessDeniedPath = "/error/403";

    /// <summary>ASP.NET Core Identity over the module's DbContext, cookie sign-in, and the default scheme selector.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.SectionName));
        services.AddScoped<AccountEmails>();
        services.AddScoped<AccountSignIn>();
        // The account forms run the app services' FluentValidation validators (localized, the same rules as the API);
        // MVC's own checks of these inputs would add unlocalized "The X field is required." messages.
        services.Configure<MvcOptions>(options =>
        {
            foreach (var input in new[] { typeof(RegisterDto), typeof(EmailAddressDto), typeof(TwoFactorCodeDto), typeof(SignInModel.SignInInput) })
            {
                options.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(input));
            }
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, AccountRateLimitPolicy>(AccountRateLimitPolicy.Name);
        });

        services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = AccountConsts.MinPasswordLength;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = AccountConsts.MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = AccountConsts.LockoutDuration;
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddUserStore<UserOnlyStore<User, IdentityModuleDbContext, Guid>>()
            .AddClaimsPrincipalFactory<UserClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthenticationSchemes.Default;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(AuthenticationSchemes.Default, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = AuthenticationSchemes.Select)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".EventPlatform.Session";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = SignInPath;
            options.LogoutPath = SignOutPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            // API clients get 401/403 ProblemDetails; only browsers are sent to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ProblemDetailsExceptionHandler.WantsHtml(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
