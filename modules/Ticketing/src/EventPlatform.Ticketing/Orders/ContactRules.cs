using System.Net.Mail;
using System.Text.RegularExpressions;

namespace EventPlatform.Ticketing.Orders;

/// <summary>The rules for buyer and attendee contact details, shared by the API validator and the order manager.</summary>
public static partial class ContactRules
{
    /// <summary>An RFC 5322 address (as .NET parses it), with no display name and a dotted domain, which is what mail servers deliver to.</summary>
    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > Checkout.CheckoutConsts.MaxEmailLength) return false;
        return MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.')
            && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
    }

    /// <summary>E.164: a plus sign, a country code that does not start with 0, at most 15 digits in all.</summary>
    public static bool IsPhone(string? value) => value is not null && E164().IsMatch(value);

    public static bool IsName(string? value) => !string.IsNullOrWhiteSpace(value) && value.Trim().Length <= Checkout.CheckoutConsts.MaxNameLength;

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164();
}
