using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Ticketing.Domain;

/// <summary>Which quotas a ticket type takes from: its own, shared ones, and its session's.</summary>
public sealed class QuotaTicketType : IMultiTenant
{
    private QuotaTicketType()
    {
    }

    public QuotaTicketType(Guid quotaId, Guid ticketTypeId)
    {
        QuotaId = quotaId;
        TicketTypeId = ticketTypeId;
    }

    public Guid TenantId { get; private set; }
    public Guid QuotaId { get; private set; }
    public Guid TicketTypeId { get; private set; }
}
