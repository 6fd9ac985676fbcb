using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.TicketTypes;

namespace EventPlatform.Ticketing.Domain;

/// <summary>
/// Something a buyer can book for one event. Its own quantity, shared quotas and a granted session's capacity
/// are all <see cref="Quota"/> rows; this entity only holds what is shown and the sale rules.
/// </summary>
public sealed class TicketType : AuditedEntity, IMultiTenant
{
    private TicketType()
    {
    }

    public TicketType(Guid eventId, string name, decimal price, string currency)
    {
        EventId = eventId;
        Rename(name);
        ChangePrice(price, currency);
        MinPerOrder = 1;
        MaxPerOrder = TicketTypeConsts.DefaultMaxPerOrder;
        IsActive = true;
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid? SessionId { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Description { get; private set; }
    public decimal Price { get; private set; }
    public string Currency { get; private set; } = null!;

    /// <summary>Null: no limit of its own. Mirrored in the size of its <see cref="QuotaKind.TicketType"/> quota.</summary>
    public int? Quantity { get; private set; }

    public DateTimeOffset? SaleStartsAt { get; private set; }
    public DateTimeOffset? SaleEndsAt { get; private set; }
    public int MinPerOrder { get; private set; }
    public int MaxPerOrder { get; private set; }
    public TicketTypeVisibility Visibility { get; private set; }
    public bool IsActive { get; private set; }
    public int SortOrder { get; private set; }
    public bool WaitlistEnabled { get; private set; }

    public bool IsFree => Price == 0;

    public void Rename(string name)
    {
        name = name.Trim();
        if (name.Length is 0 or > TicketTypeConsts.MaxNameLength) throw new BusinessException(Platform.Exceptions.PlatformErrorCodes.BadRequest, 400);
        Name = name;
    }

    public void Describe(string? description) => Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();

    public void ChangePrice(decimal price, string currency)
    {
        if (price < 0 || price > TicketTypeConsts.MaxPrice || decimal.Round(price, 2) != price)
        {
            throw new BusinessException(Platform.Exceptions.PlatformErrorCodes.BadRequest, 400);
        }

        Price = price;
        Currency = currency.Trim().ToUpperInvariant();
    }

    /// <summary>Percent, 0 to 100; null: the organization's rate (its invoice details).</summary>
    public decimal? TaxRate { get; private set; }

    public void SetTaxRate(decimal? rate) =>
        TaxRate = rate is null or (>= 0 and <= 100) && (rate is null || decimal.Round(rate.Value, 2) == rate)
            ? rate
            : throw new BusinessException(Platform.Exceptions.PlatformErrorCodes.BadRequest, 400).WithData("field", "taxRate");

    public void SetQuantity(int? quantity)
    {
        if (quantity is < 0 or > TicketTypeConsts.MaxQuantity) throw new BusinessException(TicketingErrorCodes.QuantityOutOfRange, 400);
        Quantity = quantity;
    }

    public void GrantSession(Guid? sessionId) => SessionId = sessionId;

    public void SetSaleWindow(DateTimeOffset? startsAt, DateTimeOffset? endsAt)
    {
        if (startsAt is { } s && endsAt is { } e && e <= s) throw new BusinessException(Platform.Exceptions.PlatformErrorCodes.BadRequest, 400);
        SaleStartsAt = startsAt;
        SaleEndsAt = endsAt;
    }

    public void SetOrderLimits(int min, int max)
    {
        if (min < 1 || max < min || max > TicketTypeConsts.MaxPerOrderLimit) throw new BusinessException(TicketingErrorCodes.QuantityOutOfRange, 400);
        MinPerOrder = min;
        MaxPerOrder = max;
    }

    public void SetVisibility(TicketTypeVisibility visibility, bool isActive, int sortOrder, bool waitlistEnabled)
    {
        Visibility = visibility;
        IsActive = isActive;
        SortOrder = sortOrder;
        WaitlistEnabled = waitlistEnabled;
    }

    /// <summary>Whether the sale window is open at <paramref name="now"/> (the event's end closes it at the latest).</summary>
    public Checkout.SaleState SaleStateAt(DateTimeOffset now, DateTimeOffset eventEndsAt) =>
        SaleStartsAt is { } start && now < start ? Checkout.SaleState.NotYetOnSale
        : now >= (SaleEndsAt ?? eventEndsAt) ? Checkout.SaleState.SaleEnded
        : Checkout.SaleState.OnSale;
}
