using System.Globalization;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Waitlist;

namespace EventPlatform.Ticketing.Pages.Orders;

/// <summary>How orders read on the pages: times in the event's zone, amounts with their currency, status badges.</summary>
public static class OrderDisplay
{
    public static string When(DateTimeOffset at, string? timeZone)
    {
        var zone = TimeZoneInfo.Utc;
        if (timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found)) zone = found;
        return TimeZoneInfo.ConvertTime(at, zone).ToString("g", CultureInfo.CurrentCulture);
    }

    public static string Money(decimal amount, string currency) =>
        string.Format(CultureInfo.CurrentCulture, "{0:N2} {1}", amount, currency.Trim());

    public static string StatusClass(OrderStatus status) => "orders-status orders-status--" + status.ToString().ToLowerInvariant();

    public static string StatusClass(TicketStatus status) => "orders-status orders-status--" + status.ToString().ToLowerInvariant();

    public static string StatusClass(WaitlistStatus status) => "orders-status orders-status--" + status.ToString().ToLowerInvariant();

    /// <summary>Ticket codes in groups of four (Crockford base 32 is read aloud at doors and on the phone).</summary>
    public static string Grouped(string code) => string.Join(' ', code.Chunk(4).Select(c => new string(c)));
}
