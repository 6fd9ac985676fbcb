namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>One ticket as printed: the signed QR payload (see <see cref="Signing.TicketSigner"/>) and what a person reads.</summary>
public sealed record TicketDocument(
    Guid TicketId,
    string Code,
    string QrPayload,
    string AttendeeName,
    string TicketTypeName,
    string? SessionTitle,
    decimal Price,
    string Currency);
