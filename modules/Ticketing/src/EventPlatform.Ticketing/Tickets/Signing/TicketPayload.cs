using System.Buffers.Text;
using System.Text;
using EventPlatform.Ticketing.Tickets.Documents;

namespace EventPlatform.Ticketing.Tickets.Signing;

/// <summary>
/// The QR payload format <c>EP1.{keyId}.{base64url(claims)}.{base64url(signature)}</c>. Claims are binary (three
/// 16-byte ids, then the code in UTF-8) to keep the QR code sparse; the signature covers the text before its dot,
/// so the version and key id are signed too.
/// </summary>
public static class TicketPayload
{
    public const string Version = "EP1";
    public const int MaxCodeBytes = 64;
    public const int SignatureLength = 64;
    private const int GuidLength = 16;
    private const int FixedClaimsLength = 3 * GuidLength;

    public static string SignedPart(string keyId, TicketClaims claims) =>
        $"{Version}.{keyId}.{Base64Url.EncodeToString(Encode(claims))}";

    public static string Compose(string signedPart, ReadOnlySpan<byte> signature) =>
        $"{signedPart}.{Base64Url.EncodeToString(signature)}";

    public static byte[] Encode(TicketClaims claims)
    {
        var code = Encoding.UTF8.GetBytes(claims.Code);
        if (code.Length is 0 or > MaxCodeBytes) throw new ArgumentException($"A ticket code has 1 to {MaxCodeBytes} bytes.", nameof(claims));
        var bytes = new byte[FixedClaimsLength + code.Length];
        claims.OrganizationId.TryWriteBytes(bytes.AsSpan(0, GuidLength), bigEndian: true, out _);
        claims.EventId.TryWriteBytes(bytes.AsSpan(GuidLength, GuidLength), bigEndian: true, out _);
        claims.TicketId.TryWriteBytes(bytes.AsSpan(2 * GuidLength, GuidLength), bigEndian: true, out _);
        code.CopyTo(bytes, FixedClaimsLength);
        return bytes;
    }

    /// <summary>The claims, or null when the bytes are not a claims block (too short, too long, code not UTF-8).</summary>
    public static TicketClaims? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= FixedClaimsLength || bytes.Length > FixedClaimsLength + MaxCodeBytes) return null;
        string code;
        try
        {
            code = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[FixedClaimsLength..]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return new TicketClaims(
            new Guid(bytes[..GuidLength], bigEndian: true),
            new Guid(bytes.Slice(GuidLength, GuidLength), bigEndian: true),
            new Guid(bytes.Slice(2 * GuidLength, GuidLength), bigEndian: true),
            code);
    }

    /// <summary>Base64url decoding that refuses non-canonical text, so every character of a payload matters.</summary>
    public static byte[]? DecodeCanonical(string text)
    {
        if (text.Length == 0 || !IsKeyIdCharacters(text)) return null;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }

        return Base64Url.EncodeToString(bytes) == text ? bytes : null;
    }

    /// <summary>True when every character is of the base64url alphabet (key ids use it too).</summary>
    public static bool IsKeyIdCharacters(string text) =>
        text.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
}
