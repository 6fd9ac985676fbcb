namespace EventPlatform.Ticketing.Tickets;

/// <param name="KeyId">The id printed in every QR payload signed with this key.</param>
/// <param name="Algorithm">Always <c>Ed25519</c> today.</param>
/// <param name="PublicKey">The raw 32-byte Ed25519 public key (base64 in JSON).</param>
/// <param name="IsActive">Whether new tickets are signed with it.</param>
public sealed record TicketPublicKeyDto(string KeyId, string Algorithm, byte[] PublicKey, DateTimeOffset CreatedAt, bool IsActive);
