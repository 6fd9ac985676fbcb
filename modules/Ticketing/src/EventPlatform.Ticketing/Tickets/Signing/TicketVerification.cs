using EventPlatform.Ticketing.Tickets.Documents;

namespace EventPlatform.Ticketing.Tickets.Signing;

public enum TicketVerificationFailure
{
    /// <summary>Not a payload of a version this code reads.</summary>
    Malformed,

    /// <summary>Signed with a key the scanner does not know (another organization's, or one it has not fetched yet).</summary>
    UnknownKey,

    /// <summary>The signature does not match: changed, forged or copied onto other claims.</summary>
    BadSignature,
}

/// <summary>The outcome of <see cref="TicketPayloadVerifier.Verify"/>: the claims, or why they cannot be trusted.</summary>
public sealed record TicketVerification(TicketClaims? Claims, TicketVerificationFailure? Failure, string? KeyId)
{
    public bool IsValid => Claims is not null;

    public static TicketVerification Valid(TicketClaims claims, string keyId) => new(claims, null, keyId);

    public static TicketVerification Failed(TicketVerificationFailure failure, string? keyId = null) => new(null, failure, keyId);
}
