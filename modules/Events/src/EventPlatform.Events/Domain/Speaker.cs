using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Events.Domain;

/// <summary>A person who speaks at the organization's events; one record reused across events.</summary>
public sealed class Speaker : AuditedEntity, IMultiTenant
{
    private Speaker()
    {
    }

    public Speaker(string name)
    {
        Name = name;
    }

    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Title { get; private set; }
    public string? Company { get; private set; }
    public string? BioMarkdown { get; private set; }
    public string? PhotoBlobName { get; private set; }
    public List<SocialLink> SocialLinks { get; private set; } = [];

    public void Change(string name, string? title, string? company, string? bioMarkdown, IEnumerable<SocialLink> socialLinks)
    {
        Name = name;
        Title = title;
        Company = company;
        BioMarkdown = bioMarkdown;
        SocialLinks = socialLinks.ToList();
    }

    public void ChangePhoto(string? blobName) => PhotoBlobName = blobName;
}

public sealed record SocialLink(string Network, string Url);
