using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EventPlatform.Identity.Tokens;

/// <summary>
/// <c>/connect/authorize</c> (OpenIddict has validated the request, PKCE included): the signed-in user of the default
/// scheme (the sign-in cookie) gets a code; visitors are sent to the sign-in page and come back here.
/// </summary>
internal static class AuthorizeEndpoint
{
    public const string Path = "/connect/authorize";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        UserManager<User> users,
        IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations,
        TokenPrincipalFactory principals)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var signIn = await context.AuthenticateAsync();
        var user = signIn.Principal?.FindUserId() is { } userId ? await users.FindByIdAsync(userId.ToString()) : null;
        if (!signIn.Succeeded || user is null || user.ErasedAt is not null)
        {
            return request.HasPromptValue(PromptValues.None)
                ? TokenResults.Error(Errors.LoginRequired, "The user is not signed in.")
                : Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl(context) });
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
        // Only first-party apps are registered for now; they need no consent screen.
        if (await applications.GetConsentTypeAsync(application) != ConsentTypes.Implicit)
        {
            return TokenResults.Error(Errors.ConsentRequired, "This app needs a consent screen, which is not available yet.");
        }

        var scopes = request.GetScopes();
        var principal = principals.ForUser(user, scopes);
        // One permanent authorization per user and app: revoking it ends all of the app's refresh tokens.
        var applicationId = await applications.GetIdAsync(application);
        object? authorization = null;
        await foreach (var existing in authorizations.FindAsync(user.Id.ToString(), applicationId!, Statuses.Valid, AuthorizationTypes.Permanent, scopes))
        {
            authorization = existing;
            break;
        }

        authorization ??= await authorizations.CreateAsync(principal, user.Id.ToString(), applicationId!, AuthorizationTypes.Permanent, scopes);
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization));
        return TokenResults.SignIn(principal);
    }

    // Back to this same request after signing in; a POSTed request comes back as a GET with the same parameters.
    private static string ReturnUrl(HttpContext context)
    {
        var parameters = context.Request.HasFormContentType
            ? context.Request.Form.Select(p => KeyValuePair.Create(p.Key, p.Value))
            : context.Request.Query.Select(p => KeyValuePair.Create(p.Key, p.Value));
        return context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
    }
}
