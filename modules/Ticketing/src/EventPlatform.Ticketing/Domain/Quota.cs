using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Quotas;

namespace EventPlatform.Ticketing.Domain;

/// <summary>
/// A counter of seats: <see cref="Sold"/> and <see cref="Held"/> only ever change through the guarded SQL of
/// <c>QuotaLedger</c> (<c>sold + held + n &lt;= size</c> in the UPDATE's WHERE), never through this entity.
/// Not an audited entity: every reservation touches it, and the holds and orders already say who took what.
/// </summary>
public sealed class Quota : Entity, IMultiTenant
{
    private Quota()
    {
    }

    public Quota(Guid eventId, QuotaKind kind, string name, int size, Guid? ticketTypeId = null, Guid? sessionId = null, Guid? promoCodeId = null)
    {
        EventId = eventId;
        Kind = kind;
        Name = name;
        Size = size;
        TicketTypeId = ticketTypeId;
        SessionId = sessionId;
        PromoCodeId = promoCodeId;
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public QuotaKind Kind { get; private set; }
    public string Name { get; private set; } = null!;
    public int Size { get; private set; }
    public int Sold { get; private set; }
    public int Held { get; private set; }

    /// <summary>The owner of a ticket type's, session's or promo code's own quota.</summary>
    public Guid? TicketTypeId { get; private set; }

    public Guid? SessionId { get; private set; }
    public Guid? PromoCodeId { get; private set; }

    /// <summary>Renames; resizing goes through <c>QuotaLedger.ResizeAsync</c> so it cannot drop below what is taken.</summary>
    public void Rename(string name) => Name = name;
}
