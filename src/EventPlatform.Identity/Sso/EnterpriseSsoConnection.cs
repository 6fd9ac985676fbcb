using System.Text.RegularExpressions;
using EventPlatform.Identity.Sso;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Identity.Domain;

/// <summary>
/// An organization's OpenID Connect identity provider. People signing in through it whose e-mail is in one of
/// <see cref="EmailDomains"/> join the organization with <see cref="JoinRole"/>.
/// </summary>
public sealed partial class EnterpriseSsoConnection : AuditedEntity, IMultiTenant
{
    private EnterpriseSsoConnection()
    {
    }

    public EnterpriseSsoConnection(string authority, string clientId, string protectedClientSecret, IEnumerable<string> emailDomains, string joinRole)
    {
        Configure(authority, clientId, emailDomains, joinRole, isEnabled: true);
        ProtectedClientSecret = protectedClientSecret;
    }

    public Guid TenantId { get; private set; }

    /// <summary>The issuer's base address; its <c>/.well-known/openid-configuration</c> describes it.</summary>
    public string Authority { get; private set; } = null!;

    public string ClientId { get; private set; } = null!;

    /// <summary>The client secret, encrypted with Data Protection.</summary>
    [NotAudited]
    public string ProtectedClientSecret { get; private set; } = null!;

    public List<string> EmailDomains { get; private set; } = [];

    public string JoinRole { get; private set; } = null!;

    public bool IsEnabled { get; private set; }

    /// <summary>The authentication scheme of this connection (also its callback path <c>/signin-{scheme}</c>).</summary>
    public static string SchemeOf(Guid organizationId) => $"sso-{organizationId:N}";

    public void Configure(string authority, string clientId, IEnumerable<string> emailDomains, string joinRole, bool isEnabled)
    {
        Authority = Uri.TryCreate(authority?.Trim().TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri.ToString().TrimEnd('/')
            : throw new BusinessException(IdentityErrorCodes.SsoInvalidAuthority).WithData("authority", authority ?? "");
        ClientId = string.IsNullOrWhiteSpace(clientId) ? throw new ArgumentException("A client id is required.", nameof(clientId)) : clientId.Trim();
        EmailDomains = NormalizeDomains(emailDomains);
        JoinRole = OrganizationRoles.All.Contains(joinRole) && joinRole != OrganizationRoles.Owner
            ? joinRole
            : throw new BusinessException(IdentityErrorCodes.SsoInvalidJoinRole).WithData("role", joinRole);
        IsEnabled = isEnabled;
    }

    public void ChangeClientSecret(string protectedClientSecret) => ProtectedClientSecret = protectedClientSecret;

    public bool Covers(string email) =>
        email.LastIndexOf('@') is var at and > 0 && EmailDomains.Contains(email[(at + 1)..].ToLowerInvariant());

    private static List<string> NormalizeDomains(IEnumerable<string> domains)
    {
        var normalized = domains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Where(d => d.Length > 0).Distinct().ToList();
        if (normalized.Count > SsoConsts.MaxDomains) throw new BusinessException(IdentityErrorCodes.SsoTooManyDomains).WithData("max", SsoConsts.MaxDomains);
        foreach (var domain in normalized)
        {
            if (!DomainRegex().IsMatch(domain)) throw new BusinessException(IdentityErrorCodes.SsoInvalidDomain).WithData("domain", domain);
            if (SsoConsts.PublicMailDomains.Contains(domain)) throw new BusinessException(IdentityErrorCodes.SsoPublicDomain).WithData("domain", domain);
        }

        return normalized;
    }

    [GeneratedRegex(SsoConsts.DomainPattern)]
    private static partial Regex DomainRegex();
}
