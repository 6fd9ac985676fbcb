using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Tickets;

/// <summary>
/// How the Check-in module finds the ticket a scanner read, in the current organization and in-process (not an HTTP API):
/// by its signed QR payload, verified against the organization's public keys, or by its code typed in. Either way one
/// indexed lookup of the ticket with its order.
/// </summary>
public interface ITicketAdmissions
{
    Task<AdmissionLookup> FindAsync(string scanned, CancellationToken cancellationToken = default);
}

public enum AdmissionFailure
{
    /// <summary>No ticket of this organization has the code (or the payload names another organization).</summary>
    NotFound,

    /// <summary>A QR payload whose signature does not verify: changed, forged or signed with an unknown key.</summary>
    BadSignature,

    /// <summary>A correctly signed payload whose code was replaced (the ticket was passed on, or its code revoked).</summary>
    Revoked,
}

/// <summary>What a scan found: the ticket, or why none; a revoked payload still names its ticket.</summary>
public sealed record AdmissionLookup(AdmissionTicket? Ticket, AdmissionFailure? Failure)
{
    public static AdmissionLookup Found(AdmissionTicket ticket) => new(ticket, null);

    public static AdmissionLookup Failed(AdmissionFailure failure, AdmissionTicket? ticket = null) => new(ticket, failure);
}

/// <param name="OrderStatus">Pending payment means the ticket is not paid for yet.</param>
public sealed record AdmissionTicket(
    Guid Id,
    Guid EventId,
    Guid TicketTypeId,
    string TicketTypeName,
    Guid? SessionId,
    string Code,
    string AttendeeName,
    string OrderNumber,
    TicketStatus Status,
    OrderStatus OrderStatus);
