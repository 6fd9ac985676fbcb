using System.Globalization;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Platform.Timing;

namespace EventPlatform.Ticketing.Pages.Manage.PromoCodes;

/// <summary>The promo code editor's fields; the validity window is in the event's zone, the value an invariant decimal string.</summary>
public sealed class PromoCodeForm
{
    public string? Code { get; set; }
    public PromoCodeKind Kind { get; set; }

    /// <summary>Kept as text: number inputs always send "12.50", which a German culture would read as 1250.</summary>
    public string? Value { get; set; }

    public List<Guid> TicketTypeIds { get; set; } = [];
    public int? UsageLimit { get; set; }
    public DateTime? ValidFrom { get; set; }
    public DateTime? ValidUntil { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Access codes give no discount, so their value is always 0 whatever the hidden field held.</summary>
    public bool TryParseValue(out decimal value)
    {
        value = 0;
        return Kind == PromoCodeKind.Access || decimal.TryParse(Value?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public PromoCodeInput ToInput(decimal value, DateTimeOffset? validFrom, DateTimeOffset? validUntil) =>
        new((Code ?? "").Trim(), Kind, value, TicketTypeIds, UsageLimit, validFrom, validUntil, IsActive);

    public static PromoCodeForm From(PromoCodeDto p, TimeZoneInfo zone) => new()
    {
        Code = p.Code,
        Kind = p.Kind,
        Value = p.Kind == PromoCodeKind.Access ? null : p.Value.ToString("0.##", CultureInfo.InvariantCulture),
        TicketTypeIds = p.TicketTypeIds.ToList(),
        UsageLimit = p.UsageLimit,
        ValidFrom = EventClock.ToLocal(p.ValidFrom, zone),
        ValidUntil = EventClock.ToLocal(p.ValidUntil, zone),
        IsActive = p.IsActive,
    };
}
