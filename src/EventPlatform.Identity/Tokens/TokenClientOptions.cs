namespace EventPlatform.Identity.Tokens;

/// <summary>One registered app: a first-party web or mobile app (authorization code + PKCE) or an integration (client credentials).</summary>
public sealed class TokenClientOptions
{
    public string ClientId { get; set; } = "";

    /// <summary>Set for confidential clients (integrations, server-side apps); mobile and browser apps are public and have none.</summary>
    public string? ClientSecret { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>First-party apps sign users in without a consent screen.</summary>
    public bool FirstParty { get; set; }

    /// <summary>OAuth grant types: <c>authorization_code</c>, <c>refresh_token</c>, <c>client_credentials</c>.</summary>
    public List<string> GrantTypes { get; set; } = [];

    public List<string> RedirectUris { get; set; } = [];
}
