namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>What a ticket's QR code asserts; signed by the organization's key so a scanner can trust it offline.</summary>
public sealed record TicketClaims(Guid OrganizationId, Guid EventId, Guid TicketId, string Code);
