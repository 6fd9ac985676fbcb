using System.Text;
using NSec.Cryptography;

namespace EventPlatform.Ticketing.Tickets.Signing;

/// <summary>
/// Checks a QR payload against public keys only, with no database and no network, so a scanner can work offline
/// with the keys of <see cref="ITicketKeyAppService"/>.
/// </summary>
public static class TicketPayloadVerifier
{
    public static TicketVerification Verify(string payload, IReadOnlyDictionary<string, byte[]> publicKeysByKeyId)
    {
        var parts = payload.Split('.');
        if (parts.Length != 4 || parts[0] != TicketPayload.Version || parts[1].Length != TicketSigningKey.KeyIdLength
            || !TicketPayload.IsKeyIdCharacters(parts[1]))
        {
            return TicketVerification.Failed(TicketVerificationFailure.Malformed);
        }

        var keyId = parts[1];
        var claimBytes = TicketPayload.DecodeCanonical(parts[2]);
        var claims = claimBytes is null ? null : TicketPayload.Decode(claimBytes);
        var signature = TicketPayload.DecodeCanonical(parts[3]);
        if (claims is null || signature is not { Length: TicketPayload.SignatureLength })
        {
            return TicketVerification.Failed(TicketVerificationFailure.Malformed, keyId);
        }

        if (!publicKeysByKeyId.TryGetValue(keyId, out var raw)
            || !PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var publicKey))
        {
            return TicketVerification.Failed(TicketVerificationFailure.UnknownKey, keyId);
        }

        var signed = Encoding.ASCII.GetBytes(payload[..payload.LastIndexOf('.')]);
        return SignatureAlgorithm.Ed25519.Verify(publicKey!, signed, signature)
            ? TicketVerification.Valid(claims, keyId)
            : TicketVerification.Failed(TicketVerificationFailure.BadSignature, keyId);
    }
}
