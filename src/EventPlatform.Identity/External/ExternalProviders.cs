using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace EventPlatform.Identity.External;

/// <summary>The public identity providers and the OpenID Connect settings every external sign-in shares.</summary>
public static partial class ExternalProviders
{
    public const string Google = "google";
    public const string Microsoft = "microsoft";

    public const string GoogleAuthority = "https://accounts.google.com";

    /// <summary>Microsoft's multi-tenant endpoint: work, school and personal accounts.</summary>
    public const string MicrosoftAuthority = "https://login.microsoftonline.com/common/v2.0";

    /// <summary>An authentication-properties item passed on to the provider as <c>login_hint</c>.</summary>
    public const string LoginHintItem = "login_hint";

    public static readonly IReadOnlyList<string> All = [Google, Microsoft];

    public static string DisplayName(string provider) => provider switch
    {
        Google => "Google",
        Microsoft => "Microsoft",
        _ => provider,
    };

    /// <summary>Authorization code with PKCE, answered on the query string so that Lax cookies carry the correlation back.</summary>
    public static void Configure(OpenIdConnectOptions options, string scheme, string authority, string clientId, string clientSecret, bool requireHttpsMetadata)
    {
        options.Authority = authority;
        options.ClientId = clientId;
        options.ClientSecret = clientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.CallbackPath = $"/signin-{scheme}";
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.RequireHttpsMetadata = requireHttpsMetadata;
        options.SaveTokens = false;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Scope.Add("email");
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Events.OnRedirectToIdentityProvider = context =>
        {
            if (context.Properties.Items.TryGetValue(LoginHintItem, out var hint)) context.ProtocolMessage.LoginHint = hint;
            return Task.CompletedTask;
        };
        if (authority == MicrosoftAuthority)
        {
            // The common endpoint advertises a templated issuer; tokens carry the account's own tenant.
            options.TokenValidationParameters.IssuerValidator = (issuer, _, _) =>
                MicrosoftIssuer().IsMatch(issuer) ? issuer : throw new SecurityTokenInvalidIssuerException($"Unexpected issuer {issuer}.");
        }
    }

    [GeneratedRegex("^https://login\\.microsoftonline\\.com/[0-9a-f-]{36}/v2\\.0$")]
    private static partial Regex MicrosoftIssuer();
}
