using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.PromoCodes;

namespace EventPlatform.Ticketing.Domain;

/// <summary>A discount or access code of one event. Its usage limit is a <see cref="Quota"/> of kind PromoCode (one unit per order).</summary>
public sealed class PromoCode : AuditedEntity, IMultiTenant
{
    private PromoCode()
    {
    }

    public PromoCode(Guid eventId, string code, PromoCodeKind kind, decimal value)
    {
        EventId = eventId;
        Code = Normalize(code);
        Change(kind, value);
        IsActive = true;
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public string Code { get; private set; } = null!;
    public PromoCodeKind Kind { get; private set; }
    public decimal Value { get; private set; }

    /// <summary>Empty: every ticket type of the event.</summary>
    public List<Guid> TicketTypeIds { get; private set; } = [];

    public int? UsageLimit { get; private set; }
    public DateTimeOffset? ValidFrom { get; private set; }
    public DateTimeOffset? ValidUntil { get; private set; }
    public bool IsActive { get; private set; }

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public void Recode(string code) => Code = Normalize(code);

    public void Change(PromoCodeKind kind, decimal value)
    {
        var valid = kind switch
        {
            PromoCodeKind.Percentage => value is > 0 and <= 100,
            PromoCodeKind.FixedAmount => value > 0 && decimal.Round(value, 2) == value,
            _ => value == 0,
        };
        if (!valid) throw new BusinessException(TicketingErrorCodes.PromoCodeInvalid, 400);
        Kind = kind;
        Value = value;
    }

    public void Limit(IEnumerable<Guid> ticketTypeIds, int? usageLimit, DateTimeOffset? validFrom, DateTimeOffset? validUntil, bool isActive)
    {
        if (usageLimit is < 1 or > PromoCodeConsts.MaxUsageLimit) throw new BusinessException(TicketingErrorCodes.QuantityOutOfRange, 400);
        if (validFrom is { } f && validUntil is { } u && u <= f) throw new BusinessException(PlatformErrorCodes.BadRequest, 400);
        TicketTypeIds = ticketTypeIds.Distinct().ToList();
        UsageLimit = usageLimit;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        IsActive = isActive;
    }

    public bool IsValidAt(DateTimeOffset now) => IsActive && (ValidFrom is null || now >= ValidFrom) && (ValidUntil is null || now < ValidUntil);

    public bool AppliesTo(Guid ticketTypeId) => TicketTypeIds.Count == 0 || TicketTypeIds.Contains(ticketTypeId);

    /// <summary>The discount on one ticket of <paramref name="price"/>, rounded to cents, never more than the price.</summary>
    public decimal DiscountOn(decimal price) => Kind switch
    {
        PromoCodeKind.Percentage => Math.Min(price, decimal.Round(price * Value / 100m, 2, MidpointRounding.AwayFromZero)),
        PromoCodeKind.FixedAmount => Math.Min(price, Value),
        _ => 0m,
    };
}
