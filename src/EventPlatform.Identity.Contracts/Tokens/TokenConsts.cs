namespace EventPlatform.Identity.Tokens;

public static class TokenConsts
{
    /// <summary>Scope apps ask for to call the platform's API.</summary>
    public const string ApiScope = "api";

    /// <summary>Audience (<c>aud</c>) of every access token the server issues.</summary>
    public const string DefaultAudience = "eventplatform-api";

    /// <summary>Access tokens cannot be revoked once issued, so they live at most this long.</summary>
    public static readonly TimeSpan MaxAccessTokenLifetime = TimeSpan.FromMinutes(15);
}
