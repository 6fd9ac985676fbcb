namespace EventPlatform.Identity.PlatformConsole;

/// <summary>
/// A module's usage figure per organization for the platform console (members, events, registrations...).
/// Called inside the console's host scope, so it may count across organizations.
/// </summary>
public interface IOrganizationUsageProvider
{
    /// <summary>The figure's name, also its localization key (e.g. <c>Console:Usage:Members</c>).</summary>
    string Metric { get; }

    /// <summary>The figure of each organization in <paramref name="organizationIds"/>; missing ones count as zero.</summary>
    Task<IReadOnlyDictionary<Guid, long>> CountAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken = default);
}
