using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Platform.Application;

namespace EventPlatform.CheckIn.Gate;

/// <summary>
/// What a gate reads besides scanning (<see cref="CheckInPermissions.CheckIn.Scan"/>): the list's tickets and keys to keep
/// scanning offline, and a search by attendee or order when a ticket cannot be scanned.
/// </summary>
public interface IGateAppService : IApplicationService
{
    /// <summary>
    /// The list's rules, the organization's ticket public keys and every ticket of the event with its admission on this list:
    /// enough for a scanner to judge a scan as the server would while the network is down.
    /// </summary>
    [RemoteService(Route = "lists/{listId}/offline")]
    Task<OfflineListDto> GetOfflineAsync(Guid listId);

    /// <summary>Tickets of the list's event by attendee name or email, confirmation number or code (at least <see cref="GateConsts.MinQueryLength"/> characters).</summary>
    [RemoteService(Route = "lists/{listId}/attendees")]
    Task<IReadOnlyList<GateTicketDto>> GetAttendeesAsync(Guid listId, string q);
}

/// <param name="OrganizationId">The organization a QR payload must name.</param>
/// <param name="TimeZone">The event's IANA zone: the once-per-day rule counts its calendar days.</param>
/// <param name="Keys">Public keys by key id; a payload signed with none of them is forged.</param>
/// <param name="Tickets">Every ticket of the event, including those this list turns away (so the gate can say why).</param>
public sealed record OfflineListDto(
    Guid ListId,
    string ListName,
    Guid EventId,
    string EventTitle,
    Guid OrganizationId,
    string TimeZone,
    Guid? SessionId,
    IReadOnlyList<Guid> TicketTypeIds,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ClosesAt,
    ReEntryRule ReEntry,
    bool TracksExits,
    IReadOnlyList<OfflineKeyDto> Keys,
    IReadOnlyList<GateTicketDto> Tickets,
    DateTimeOffset GeneratedAt);

/// <param name="PublicKey">The raw 32-byte Ed25519 public key (base64 in JSON).</param>
public sealed record OfflineKeyDto(string KeyId, string Algorithm, byte[] PublicKey);

/// <summary>A ticket as the gate shows and judges it, with its admission on the list.</summary>
/// <param name="LastEntryDay">The event-zone calendar day of the last entry (the once-per-day rule).</param>
public sealed record GateTicketDto(
    Guid Id,
    string Code,
    GateTicketState State,
    Guid TicketTypeId,
    string TicketTypeName,
    Guid? SessionId,
    string AttendeeName,
    string AttendeeEmail,
    string OrderNumber,
    int Entries,
    bool Inside,
    DateTimeOffset? LastEntryAt,
    string? LastEntryBy,
    DateOnly? LastEntryDay);

/// <summary>What the ticket and its order allow, as the list's rules read it.</summary>
public enum GateTicketState
{
    /// <summary>Paid (or free) and not cancelled.</summary>
    Valid,

    /// <summary>The ticket or its order was cancelled.</summary>
    Cancelled,

    /// <summary>The order waits for its payment.</summary>
    Unpaid,
}

public static class GateConsts
{
    public const int MinQueryLength = 2;
    public const int MaxQueryLength = 100;
    public const int MaxResults = 20;

    /// <summary>Scans one upload may carry: a gate offline for an hour at a busy door queues a few hundred.</summary>
    public const int MaxBatch = 500;
}
