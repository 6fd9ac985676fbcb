using System.Globalization;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.Platform.Timing;

namespace EventPlatform.Ticketing.Pages.Manage.Tickets;

/// <summary>The ticket type editor's fields; times are wall-clock times of the event's zone, the price an invariant decimal string.</summary>
public sealed class TicketTypeForm
{
    public string? Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Kept as text: number inputs always send "12.50", which a German culture would read as 1250.</summary>
    public string? Price { get; set; } = "0";

    public string? Currency { get; set; } = "EUR";
    public int? Quantity { get; set; }
    public Guid? SessionId { get; set; }
    public DateTime? SaleStartsAt { get; set; }
    public DateTime? SaleEndsAt { get; set; }
    public int MinPerOrder { get; set; } = 1;
    public int MaxPerOrder { get; set; } = TicketTypeConsts.DefaultMaxPerOrder;
    public TicketTypeVisibility Visibility { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public bool WaitlistEnabled { get; set; }

    /// <summary>Percent as typed (invariant, like the price); empty: the organization's rate.</summary>
    public string? TaxRate { get; set; }

    public bool TryParseTaxRate(out decimal? rate)
    {
        rate = null;
        if (string.IsNullOrWhiteSpace(TaxRate)) return true;
        if (!decimal.TryParse(TaxRate.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)) return false;
        rate = parsed;
        return true;
    }

    public bool TryParsePrice(out decimal price) =>
        decimal.TryParse(Price?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out price);

    public TicketTypeInput ToInput(decimal price, decimal? taxRate, DateTimeOffset? saleStartsAt, DateTimeOffset? saleEndsAt) => new(
        Name ?? "", price, (Currency ?? "").Trim().ToUpperInvariant(), Quantity, Description, SessionId, saleStartsAt, saleEndsAt,
        MinPerOrder, MaxPerOrder, Visibility, IsActive, SortOrder, WaitlistEnabled, taxRate);

    public static TicketTypeForm From(TicketTypeDto t, TimeZoneInfo zone) => new()
    {
        Name = t.Name,
        Description = t.Description,
        Price = t.Price.ToString("0.00", CultureInfo.InvariantCulture),
        Currency = t.Currency,
        Quantity = t.Quantity,
        SessionId = t.SessionId,
        SaleStartsAt = EventClock.ToLocal(t.SaleStartsAt, zone),
        SaleEndsAt = EventClock.ToLocal(t.SaleEndsAt, zone),
        MinPerOrder = t.MinPerOrder,
        MaxPerOrder = t.MaxPerOrder,
        Visibility = t.Visibility,
        IsActive = t.IsActive,
        SortOrder = t.SortOrder,
        WaitlistEnabled = t.WaitlistEnabled,
        TaxRate = t.TaxRate?.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
