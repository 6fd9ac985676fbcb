using EventPlatform.Platform.Application;

namespace EventPlatform.CheckIn.Conflicts;

/// <summary>
/// Tickets two gates let in while offline (<see cref="CheckInPermissions.CheckIn.Supervise"/>): the later upload is kept,
/// flagged, and shown to supervisors with the entry it collided with, until one marks it reviewed.
/// </summary>
public interface IConflictAppService : IApplicationService
{
    /// <summary>The event's conflicts, open ones first, newest first.</summary>
    [RemoteService(Route = "events/{eventId}/conflicts")]
    Task<IReadOnlyList<ConflictDto>> GetListAsync(Guid eventId);

    /// <summary>Marks a conflict reviewed; 404 for a scan that is no conflict.</summary>
    Task<ConflictDto> ReviewAsync(Guid id);
}

/// <summary>Who let a ticket in, when and where.</summary>
public sealed record ConflictEntryDto(Guid? ScanId, string ListName, DateTimeOffset At, string? By);

/// <param name="Id">The flagged scan.</param>
/// <param name="Offline">The entry the offline device made and uploaded later.</param>
/// <param name="Other">The entry the server had counted first (another gate's).</param>
public sealed record ConflictDto(
    Guid Id,
    Guid TicketId,
    string AttendeeName,
    string TicketTypeName,
    string OrderNumber,
    ConflictEntryDto Offline,
    ConflictEntryDto Other,
    DateTimeOffset? ReviewedAt,
    string? ReviewedBy);
