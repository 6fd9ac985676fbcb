using EventPlatform.Platform.Application;

namespace EventPlatform.CheckIn.Scans;

/// <summary>
/// Scanning tickets at a list's gate (<see cref="CheckInPermissions.CheckIn.Scan"/>). A scan is one indexed lookup of the
/// ticket and one atomic change of its admission; every scan is kept, whatever its outcome.
/// </summary>
public interface IScanAppService : IApplicationService
{
    /// <summary>Checks a ticket in (or out) through the list. A repeated <see cref="ScanInput.ClientNonce"/> answers the first scan's result and changes nothing.</summary>
    [RemoteService(Route = "lists/{listId}/scans")]
    Task<ScanResultDto> CreateAsync(Guid listId, ScanInput input);

    /// <summary>Takes back a mistaken scan: an admitted ticket may enter again. Staff undo their own scans, supervisors any; 409 when already undone.</summary>
    Task<ScanResultDto> UndoAsync(Guid id);
}

public enum ScanDirection
{
    Entry,
    Exit,
}

public enum ScanOutcome
{
    /// <summary>Let them in (or, for an exit scan, out).</summary>
    Valid,

    /// <summary>Admitted before (the result says when and by whom) and the list's re-entry rule allows no more now.</summary>
    AlreadyCheckedIn,

    /// <summary>An exit scan of a ticket that is not inside.</summary>
    NotCheckedIn,

    /// <summary>A ticket of another event of the organization.</summary>
    WrongEvent,

    /// <summary>A ticket of this event that the list does not admit (another ticket type or session).</summary>
    WrongList,

    /// <summary>The ticket's code was replaced: it was passed on to someone else or revoked.</summary>
    Revoked,

    /// <summary>The ticket or its order was cancelled.</summary>
    Cancelled,

    /// <summary>The order still waits for its payment.</summary>
    Unpaid,

    /// <summary>The list does not admit anyone yet (before its opening time).</summary>
    NotYetValid,

    /// <summary>The list closed.</summary>
    Closed,

    /// <summary>No ticket of this organization has this code.</summary>
    Unknown,

    /// <summary>A QR code whose signature does not verify: changed or forged.</summary>
    Tampered,
}

/// <param name="Code">What the scanner read (the QR payload) or what was typed (the ticket code).</param>
/// <param name="ClientNonce">A scanner's own id for this scan (a UUID), so a re-upload changes nothing.</param>
public sealed record ScanInput(string Code, ScanDirection Direction = ScanDirection.Entry, string? ClientNonce = null);

/// <param name="Message">The outcome in the caller's language, ready to show in big letters.</param>
/// <param name="FirstEntryAt">For <see cref="ScanOutcome.AlreadyCheckedIn"/>: when the ticket was last admitted.</param>
/// <param name="FirstEntryBy">…and by whom.</param>
public sealed record ScanResultDto(
    Guid ScanId,
    Guid ListId,
    ScanOutcome Outcome,
    ScanDirection Direction,
    string Message,
    ScannedTicketDto? Ticket,
    DateTimeOffset ScannedAt,
    DateTimeOffset? FirstEntryAt,
    string? FirstEntryBy,
    bool IsUndone)
{
    public bool IsValid => Outcome == ScanOutcome.Valid;
}

public sealed record ScannedTicketDto(Guid Id, string AttendeeName, string TicketTypeName, string OrderNumber);

public static class ScanConsts
{
    /// <summary>Longer than any QR payload or code this platform issues.</summary>
    public const int MaxCodeLength = 400;

    public const int MaxNonceLength = 64;

    public const int MaxUserNameLength = 256;
}
