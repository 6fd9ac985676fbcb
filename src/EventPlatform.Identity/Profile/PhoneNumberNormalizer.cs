using PhoneNumbers;

namespace EventPlatform.Identity.Profile;

/// <summary>Phone numbers in international form, checked and normalized to E.164 (<c>+493012345678</c>) by libphonenumber.</summary>
public static class PhoneNumberNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form of <paramref name="input"/>, or null when it is not a valid number with a country code.</summary>
    public static string? ToE164(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var text = input.Trim();
        if (text.StartsWith("00", StringComparison.Ordinal)) text = "+" + text[2..];
        // Without a region the number must carry its country code, so "+49 30 1234567" works and "030 1234567" does not.
        if (!text.StartsWith('+')) return null;
        try
        {
            var number = Util.Parse(text, null);
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    public static bool IsValidOrEmpty(string? input) => string.IsNullOrWhiteSpace(input) || ToE164(input) is not null;
}
