using EventPlatform.Platform.Application;

namespace EventPlatform.CheckIn.Lists;

/// <summary>
/// An event's check-in lists (<c>api/checkin/...</c>): which tickets a gate admits, when, and how often. Staff with
/// <see cref="CheckInPermissions.CheckIn.Scan"/> read them; <see cref="CheckInPermissions.Lists.Manage"/> changes them.
/// </summary>
public interface ICheckInListAppService : IApplicationService
{
    [RemoteService(Route = "events/{eventId}/lists")]
    Task<IReadOnlyList<CheckInListDto>> GetListAsync(Guid eventId);

    Task<CheckInListDto> GetAsync(Guid id);

    /// <summary>Where staff can scan now: the events that have not ended (soonest first, at most 50), each with its lists.</summary>
    Task<IReadOnlyList<GateEventDto>> GetGatesAsync();

    [RemoteService(Route = "events/{eventId}/lists")]
    Task<CheckInListDto> CreateAsync(Guid eventId, CheckInListInput input);

    Task<CheckInListDto> UpdateAsync(Guid id, CheckInListInput input);

    /// <summary>Removes a list nobody has scanned on yet; 409 otherwise.</summary>
    Task DeleteAsync(Guid id);
}

/// <summary>How often one ticket may enter through a list.</summary>
public enum ReEntryRule
{
    /// <summary>One entry, ever (an exit scan does not allow another).</summary>
    Once,

    /// <summary>One entry per calendar day in the event's time zone (multi-day events).</summary>
    OncePerDay,

    /// <summary>Any number of entries; with exit scans, only while the attendee is outside.</summary>
    Unlimited,
}

/// <param name="SessionId">Only tickets that grant this session (a workshop room); null: any ticket of the event.</param>
/// <param name="TicketTypeIds">Only these ticket types; empty: all.</param>
/// <param name="OpensAt">Scans before this are refused as not yet valid; null: open now.</param>
/// <param name="ClosesAt">Scans after this are refused; null: open until the list is changed.</param>
/// <param name="TracksExits">Exit scans record that the attendee left (who is inside right now).</param>
public sealed record CheckInListInput(
    string Name,
    Guid? SessionId = null,
    IReadOnlyList<Guid>? TicketTypeIds = null,
    DateTimeOffset? OpensAt = null,
    DateTimeOffset? ClosesAt = null,
    ReEntryRule ReEntry = ReEntryRule.Once,
    bool TracksExits = false);

/// <param name="Lists">The event's check-in lists, by name; empty when none is set up yet.</param>
public sealed record GateEventDto(Guid EventId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, IReadOnlyList<CheckInListDto> Lists);

/// <param name="Admitted">Tickets admitted at least once through this list.</param>
/// <param name="Inside">With exit scans: attendees inside now.</param>
public sealed record CheckInListDto(
    Guid Id,
    Guid EventId,
    string Name,
    Guid? SessionId,
    IReadOnlyList<Guid> TicketTypeIds,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ClosesAt,
    ReEntryRule ReEntry,
    bool TracksExits,
    int Admitted,
    int Inside);

public static class CheckInListConsts
{
    public const int MaxNameLength = 120;
    public const int MaxTicketTypes = 100;
}
