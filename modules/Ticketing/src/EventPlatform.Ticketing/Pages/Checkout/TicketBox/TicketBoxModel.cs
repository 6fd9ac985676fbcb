using EventPlatform.Events.Public;
using EventPlatform.Platform.Timing;
using EventPlatform.Ticketing.Checkout;

namespace EventPlatform.Ticketing.Pages.Checkout.TicketBox;

/// <param name="Code">The code the visitor typed, applied or not.</param>
/// <param name="Error">Why the last reserve attempt was refused (localized), shown above the form.</param>
/// <param name="IdempotencyKey">New on every render: a double submit of this form reserves once, a second visit reserves again.</param>
public sealed record TicketBoxModel(PublicEventSlotContext Page, TicketOfferDto Offer, string? Code, string? Error, string IdempotencyKey)
{
    /// <summary>"Only n left" shows from this many down.</summary>
    public const int FewLeft = 10;

    public string ReservePath => $"/o/{Page.OrganizationSlug}/e/{Page.EventSlug}/reserve";

    public string EventPath => $"/o/{Page.OrganizationSlug}/e/{Page.EventSlug}";

    /// <summary>The join page of a sold-out ticket type's waitlist.</summary>
    public string WaitlistPath(Guid ticketTypeId) => $"{EventPath}/waitlist?type={ticketTypeId}";

    public bool AnyOnSale => Offer.TicketTypes.Any(t => t.State == SaleState.OnSale && !t.RequiresPromoCode);

    public string LocalTime(DateTimeOffset at) => TimeZones.Format(at, TimeZones.OrUtc(Offer.TimeZone));

    /// <summary>The quantities a buyer may pick: none, or min..max capped by what is left.</summary>
    public static IReadOnlyList<int> Quantities(OfferedTicketTypeDto type)
    {
        var max = Math.Min(type.MaxPerOrder, type.Available ?? int.MaxValue);
        return max < type.MinPerOrder ? [0] : [0, .. Enumerable.Range(type.MinPerOrder, max - type.MinPerOrder + 1)];
    }
}
