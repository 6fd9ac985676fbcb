using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Ticketing.Domain;

/// <summary>
/// What one reservation took from one quota. Written only by <c>QuotaLedger</c>'s SQL together with the quota's counter,
/// so that the sum of a quota's Held (Sold) holds always equals its <c>held</c> (<c>sold</c>).
/// </summary>
public sealed class Hold : IMultiTenant
{
    private Hold()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ReservationId { get; private set; }
    public Guid QuotaId { get; private set; }
    public int Quantity { get; private set; }
    public HoldStatus Status { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
}
