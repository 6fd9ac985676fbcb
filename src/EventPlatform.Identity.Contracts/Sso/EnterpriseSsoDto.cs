namespace EventPlatform.Identity.Sso;

/// <summary>An organization's single sign-on over OpenID Connect. The client secret is never returned.</summary>
public sealed record EnterpriseSsoDto(
    string Authority,
    string ClientId,
    bool HasClientSecret,
    IReadOnlyList<string> EmailDomains,
    string JoinRole,
    bool IsEnabled,
    string CallbackUrl);

/// <summary>Creates or changes the connection; an empty <see cref="ClientSecret"/> keeps the stored one.</summary>
public sealed record UpdateEnterpriseSsoDto(
    string Authority,
    string ClientId,
    string? ClientSecret,
    IReadOnlyList<string> EmailDomains,
    string JoinRole,
    bool IsEnabled);
