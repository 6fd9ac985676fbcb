namespace EventPlatform.Identity.Sso;

public static class SsoConsts
{
    public const int MaxAuthorityLength = 512;
    public const int MaxClientIdLength = 200;
    public const int MaxClientSecretLength = 500;
    public const int MaxDomainLength = 253;
    public const int MaxDomains = 20;

    /// <summary>A host name such as <c>example.com</c>: labels of letters, digits and hyphens.</summary>
    public const string DomainPattern = @"^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$";

    /// <summary>Mail domains anyone can register an address at; joining by them would let strangers in.</summary>
    public static readonly IReadOnlySet<string> PublicMailDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com",
        "me.com", "aol.com", "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com", "mail.com", "yandex.com",
    };
}
