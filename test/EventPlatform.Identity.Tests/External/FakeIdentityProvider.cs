using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace EventPlatform.Identity.Tests.External;

/// <summary>
/// A real OpenID Connect provider on a loopback port (OpenIddict, authorization code flow), standing in for Google,
/// Microsoft or a company's identity provider. It signs in whoever <see cref="NextUser"/> says, without a login page.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _clients = new();
    private WebApplication? _app;

    public string Authority { get; private set; } = "";

    /// <summary>Who the next authorization request signs in.</summary>
    public FakeIdentity NextUser { get; set; } = new("someone", "someone@example.org", "Someone", EmailVerified: true);

    public void AddClient(string clientId, string clientSecret) => _clients[clientId] = clientSecret;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            // No database: clients are checked by the handlers below, codes are self-contained.
            options.EnableDegradedMode();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (!_clients.ContainsKey(context.ClientId ?? "")) context.Reject(Errors.InvalidClient);
                else if (context.RedirectUri is null || !context.RedirectUri.StartsWith("http://localhost/signin-", StringComparison.Ordinal)) context.Reject(Errors.InvalidRequest);
                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (!_clients.TryGetValue(context.ClientId ?? "", out var secret) || secret != context.ClientSecret) context.Reject(Errors.InvalidClient);
                return default;
            }));
        });

        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapMethods("/connect/authorize", ["GET", "POST"], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest()!;
            var user = NextUser;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, user.Subject));
            identity.AddClaim(new Claim(Claims.Name, user.Name));
            if (user.Email is not null)
            {
                identity.AddClaim(new Claim(Claims.Email, user.Email));
                identity.AddClaim(new Claim(Claims.EmailVerified, user.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
            }

            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Authority = address.TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

public sealed record FakeIdentity(string Subject, string? Email, string Name, bool EmailVerified);
