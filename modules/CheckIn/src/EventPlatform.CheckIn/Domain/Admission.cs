using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.CheckIn.Domain;

/// <summary>
/// One ticket's state on one list: how often it entered, when and by whom last, and (when the list tracks exits) whether
/// its holder is inside. Changed only by single guarded statements (<see cref="Services.Scanner"/>), so twenty gates
/// scanning one ticket at once admit it once.
/// </summary>
public sealed class Admission : IMultiTenant
{
    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ListId { get; private set; }
    public Guid TicketId { get; private set; }
    public int Entries { get; private set; }
    public bool Inside { get; private set; }
    public DateTimeOffset? LastEntryAt { get; private set; }
    public string? LastEntryBy { get; private set; }

    /// <summary>The calendar day of the last entry in the event's time zone (the once-per-day rule).</summary>
    public DateOnly? LastEntryDay { get; private set; }

    public DateTimeOffset? LastExitAt { get; private set; }
}
