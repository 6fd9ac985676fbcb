namespace EventPlatform.Identity.Tokens;

/// <summary>Configuration section <c>Tokens</c>: the OpenID Connect server's lifetimes, audience and registered clients.</summary>
public sealed class TokenServerOptions
{
    public const string SectionName = "Tokens";

    /// <summary>At most <see cref="TokenConsts.MaxAccessTokenLifetime"/> (15 minutes); longer values refuse to start.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TokenConsts.MaxAccessTokenLifetime;

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a used refresh token still works (concurrent requests of one app); zero rotates strictly.</summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    public string Audience { get; set; } = TokenConsts.DefaultAudience;

    /// <summary>Fixed issuer URL (e.g. behind a proxy); empty uses the request's own address.</summary>
    public string? Issuer { get; set; }

    /// <summary>Refuse plain HTTP at the token endpoints; defaults to true in Production only.</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>Apps registered (created or updated) when the database is migrated.</summary>
    public List<TokenClientOptions> Clients { get; set; } = [];
}
