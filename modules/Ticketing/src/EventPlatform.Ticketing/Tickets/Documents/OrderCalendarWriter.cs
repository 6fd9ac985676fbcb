using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>The order's event as an iCalendar file, attached to the confirmation so buyers can add it in one tap.</summary>
public sealed class OrderCalendarWriter(TimeProvider clock)
{
    public const string ContentType = "text/calendar";
    public const string FileName = "event.ics";

    /// <summary>The UID is the order's, so a re-sent confirmation replaces the entry instead of duplicating it.</summary>
    public static string UidOf(OrderDocument order) => $"order-{order.OrderNumber}@eventplatform";

    public string Write(OrderDocument order)
    {
        var entry = new CalendarEvent
        {
            Uid = UidOf(order),
            // UTC times: every calendar app reads them the same way, no VTIMEZONE needed.
            Start = new CalDateTime(order.StartsAt.UtcDateTime),
            End = new CalDateTime(order.EndsAt.UtcDateTime),
            DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime),
            Summary = order.EventTitle,
            Location = order.Location,
            Description = $"{order.OrganizationName} · {order.OrderNumber}\n{order.OrderUrl}",
            Url = Uri.TryCreate(order.OrderUrl, UriKind.Absolute, out var url) ? url : null,
            Status = "CONFIRMED",
        };
        var calendar = new IcalCalendar { ProductId = "-//EventPlatform//Ticketing//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", order.OrganizationName);
        calendar.Events.Add(entry);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
