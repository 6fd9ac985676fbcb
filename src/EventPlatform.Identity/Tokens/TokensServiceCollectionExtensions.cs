using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EventPlatform.Identity.Tokens;

internal static class TokensServiceCollectionExtensions
{
    /// <summary>Apps revoke their refresh token here when the user signs out of them (handled by OpenIddict itself).</summary>
    public const string RevocationPath = "/connect/revoke";

    /// <summary>
    /// OpenIddict server (authorization code + PKCE, client credentials, rotating refresh tokens; RS256 JWT access tokens)
    /// with its keys in the database, and its validation as the default scheme's bearer scheme.
    /// </summary>
    public static WebApplicationBuilder AddTokens(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TokenServerOptions.SectionName);
        var settings = section.Get<TokenServerOptions>() ?? new TokenServerOptions();
        if (settings.AccessTokenLifetime <= TimeSpan.Zero || settings.AccessTokenLifetime > TokenConsts.MaxAccessTokenLifetime)
        {
            throw new OptionsValidationException(TokenServerOptions.SectionName, typeof(TokenServerOptions),
                [$"Tokens:AccessTokenLifetime must be positive and at most {TokenConsts.MaxAccessTokenLifetime}."]);
        }

        var services = builder.Services;
        services.Configure<TokenServerOptions>(section);
        services.AddSingleton<TokenKeyStore>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ConfigureTokenKeys>();
        services.AddSingleton<TokenPrincipalFactory>();
        services.AddScoped<IDataSeeder, TokenClientSeeder>();
        services.AddScoped<Gdpr.IPersonalDataEraser, TokensPersonalDataEraser>();

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<IdentityModuleDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris(AuthorizeEndpoint.Path.TrimStart('/'))
                    .SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
                    .SetRevocationEndpointUris(RevocationPath.TrimStart('/'));
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                // S256 only: "plain" would let a stolen code be redeemed by whoever saw the authorize request.
                options.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, TokenConsts.ApiScope);
                options.DisableAccessTokenEncryption();
                options.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    .SetRefreshTokenReuseLeeway(settings.RefreshTokenReuseLeeway);
                if (!string.IsNullOrEmpty(settings.Issuer)) options.SetIssuer(new Uri(settings.Issuer));
                var aspNetCore = options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough();
                if (!(settings.RequireHttps ?? builder.Environment.IsProduction())) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
                options.AddAudiences(settings.Audience);
            });
        AuthenticationSchemes.BearerScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        return builder;
    }

    public static WebApplication MapTokens(this WebApplication app)
    {
        app.MapMethods(AuthorizeEndpoint.Path, [HttpMethods.Get, HttpMethods.Post], AuthorizeEndpoint.HandleAsync).ExcludeFromDescription();
        app.MapPost(TokenEndpoint.Path, TokenEndpoint.HandleAsync).ExcludeFromDescription();
        return app;
    }
}
