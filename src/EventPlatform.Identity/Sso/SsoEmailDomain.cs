namespace EventPlatform.Identity.Domain;

/// <summary>
/// Which organization signs in people of an e-mail domain. A global lookup (no tenant): the sign-in page must find
/// the organization before anyone is signed in. Written together with the organization's <see cref="EnterpriseSsoConnection"/>.
/// </summary>
public sealed class SsoEmailDomain
{
    private SsoEmailDomain()
    {
    }

    public SsoEmailDomain(string domain, Guid organizationId)
    {
        Domain = domain;
        OrganizationId = organizationId;
    }

    public string Domain { get; private set; } = null!;

    public Guid OrganizationId { get; private set; }
}
