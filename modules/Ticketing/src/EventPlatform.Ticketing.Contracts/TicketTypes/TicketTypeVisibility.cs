namespace EventPlatform.Ticketing.TicketTypes;

public enum TicketTypeVisibility
{
    /// <summary>Listed on the event page for everyone.</summary>
    Public,

    /// <summary>Shown only to buyers who enter an access code that unlocks it.</summary>
    Hidden,

    /// <summary>Listed, but bookable only with a promo code that applies to it.</summary>
    PromoOnly,
}
