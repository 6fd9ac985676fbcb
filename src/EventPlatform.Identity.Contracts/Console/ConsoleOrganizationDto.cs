namespace EventPlatform.Identity.PlatformConsole;

/// <summary>An organization as the console lists it, with each module's usage figure (<see cref="IOrganizationUsageProvider.Metric"/> -> count).</summary>
public sealed record ConsoleOrganizationDto(
    Guid Id,
    string Slug,
    string Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SuspendedAt,
    IReadOnlyDictionary<string, long> Usage)
{
    public bool IsSuspended => SuspendedAt is not null;
}
