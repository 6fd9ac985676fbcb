using System.Globalization;
using EventPlatform.Events.Catalog;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Timing;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>What the checkout pages show of a reservation, its event and its organization.</summary>
public sealed class CheckoutView(
    string tenant,
    ReservationDto reservation,
    EventSummary @event,
    OrganizationBrandingDto brand,
    IReadOnlyList<QuestionDto> questions,
    DateTimeOffset now)
{
    public string Tenant => tenant;
    public ReservationDto Reservation => reservation;
    public EventSummary Event => @event;
    public CheckoutBrand Brand { get; } = new(brand);

    public string EventPath => $"/o/{tenant}/e/{@event.Slug}";
    public string CheckoutPath => ReservationCookie.Path(tenant, reservation.Id);

    public bool IsFree => reservation.Total == 0;

    /// <summary>Cancelled or expired (also before the sweeper has marked it): its tickets are back on sale.</summary>
    public bool IsReleased => reservation.Status is ReservationStatus.Cancelled or ReservationStatus.Expired
        || (reservation.Status == ReservationStatus.Active && reservation.ExpiresAt <= now);

    public bool WasCancelled => reservation.Status == ReservationStatus.Cancelled;

    public IReadOnlyList<QuestionDto> OrderQuestions { get; } = questions.Where(q => q.Scope == QuestionScope.Order).OrderBy(q => q.SortOrder).ToList();

    /// <summary>One seat per reserved ticket, in the order the service expects the attendees.</summary>
    public IReadOnlyList<Seat> Seats { get; } = reservation.Lines
        .SelectMany(line => Enumerable.Range(1, line.Quantity).Select(n => (line, n)))
        .Select((s, i) => new Seat(i, s.line.TicketTypeId, s.line.TicketTypeName, s.n, s.line.Quantity))
        .ToList();

    public IEnumerable<QuestionDto> QuestionsFor(Guid ticketTypeId) => questions
        .Where(q => q.Scope == QuestionScope.Attendee && (q.TicketTypeIds.Count == 0 || q.TicketTypeIds.Contains(ticketTypeId)))
        .OrderBy(q => q.SortOrder);

    public string Money(decimal amount) => Checkout.Money.Format(amount, reservation.Currency);

    public string LocalTime(DateTimeOffset at) => TimeZones.Format(at, TimeZones.OrUtc(@event.TimeZone));

    public string EventDate => TimeZoneInfo.ConvertTime(@event.StartsAt, TimeZones.OrUtc(@event.TimeZone)).ToString("D", CultureInfo.CurrentCulture);

    /// <summary>The expiry time in the buyer's page: ISO for the script, the event's local clock time for people without it.</summary>
    public string ExpiresIso => reservation.ExpiresAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public string ExpiresLocal => TimeZones.FormatTime(reservation.ExpiresAt, TimeZones.OrUtc(@event.TimeZone));

    public int SecondsLeft => (int)Math.Max(0, (reservation.ExpiresAt - now).TotalSeconds);

    public sealed record Seat(int Index, Guid TicketTypeId, string TicketTypeName, int Number, int OfType);
}
