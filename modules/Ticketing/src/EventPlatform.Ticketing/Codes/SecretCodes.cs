using System.Security.Cryptography;

namespace EventPlatform.Ticketing.Codes;

/// <summary>Random codes in Crockford's base 32 (no I, L, O, U: nothing to misread at a door or on the phone).</summary>
public static class SecretCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A ticket code: 26 characters, 130 random bits; unguessable, so the code alone admits.</summary>
    public static string NewTicketCode() => Random(Orders.OrderConsts.TicketCodeLength);

    /// <summary>A secret for links (reservations, order pages): 32 characters, 160 random bits.</summary>
    public static string NewToken() => Random(Orders.OrderConsts.AccessTokenLength);

    /// <summary>A confirmation number <c>REG-YYYYMMDD-XXXXXX</c>; uniqueness is enforced by the database, callers retry on a clash.</summary>
    public static string NewOrderNumber(DateTimeOffset now) => $"REG-{now.UtcDateTime:yyyyMMdd}-{Random(6)}";

    /// <summary>Compares secrets in constant time, so response timing tells nothing about a guess.</summary>
    public static bool Matches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(given), System.Text.Encoding.ASCII.GetBytes(expected));

    private static string Random(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }
}
