using System.Text.RegularExpressions;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;

namespace EventPlatform.Identity.Domain;

/// <summary>An organization: the tenant. Its slug addresses its public pages (<c>/o/{slug}</c>).</summary>
public sealed partial class Organization : FullAuditedEntity
{
    private Organization()
    {
    }

    public Organization(Guid id, string slug, string name)
    {
        Id = id;
        Slug = ValidSlug(slug);
        Rename(name);
    }

    public string Slug { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    /// <summary>Set while the platform team has suspended the organization: its pages and API refuse requests.</summary>
    public DateTimeOffset? SuspendedAt { get; private set; }

    public bool IsSuspended => SuspendedAt is not null;

    public void Suspend(DateTimeOffset at) => SuspendedAt ??= at;

    public void Reactivate() => SuspendedAt = null;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim().Length <= OrganizationConsts.MaxNameLength ? name.Trim() : throw new ArgumentException("Name is too long.", nameof(name));
    }

    public static string ValidSlug(string slug) =>
        slug is { Length: >= OrganizationConsts.MinSlugLength and <= OrganizationConsts.MaxSlugLength } && SlugRegex().IsMatch(slug)
            ? slug
            : throw new BusinessException(IdentityErrorCodes.InvalidSlug, 422).WithData("slug", slug);

    [GeneratedRegex(OrganizationConsts.SlugPattern)]
    private static partial Regex SlugRegex();
}
