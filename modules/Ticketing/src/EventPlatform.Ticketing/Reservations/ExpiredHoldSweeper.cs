using EventPlatform.Platform.Hosting;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventPlatform.Ticketing.Reservations;

/// <summary>
/// Gives expired holds back to their quotas and marks their reservations expired, organization by organization, every
/// <see cref="TicketingOptions.SweepSeconds"/>. Availability never waited for it (expired holds stop counting at once); this
/// keeps the counters tidy and tells the waitlist that seats came free. Safe on several nodes: a hold is released once.
/// </summary>
public sealed class ExpiredHoldSweeper(IServiceScopeFactory scopes, IOptions<TicketingOptions> options, TimeProvider clock,
    ILogger<ExpiredHoldSweeper> logger) : PeriodicWork(clock, logger)
{
    private const int BatchSize = 500;

    protected override TimeSpan Period => TimeSpan.FromSeconds(options.Value.SweepSeconds);

    protected override Task RunPassAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>One sweep over every organization with expired holds; returns the units given back.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        List<(Guid TenantId, Guid QuotaId)> due;
        List<Guid> lapsed;
        await using (var scope = scopes.CreateAsyncScope())
        using (CurrentTenant.HostScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
            due = (await db.Holds.AsNoTracking().IgnoreQueryFilters()
                    .Where(h => h.Status == HoldStatus.Held && h.ExpiresAt <= now)
                    .Select(h => new { h.TenantId, h.QuotaId }).Distinct()
                    .OrderBy(x => x.TenantId).ThenBy(x => x.QuotaId).Take(BatchSize).ToListAsync(cancellationToken))
                .Select(x => (x.TenantId, x.QuotaId)).ToList();
            // A sale that found a quota full gives its expired holds back itself (ReservationManager), leaving their
            // reservations active with nothing held: those organizations are swept too, or the reservations (and a
            // waitlist offer made with one) would stay open until some other hold of theirs expired.
            lapsed = await db.Reservations.AsNoTracking().IgnoreQueryFilters()
                .Where(r => r.Status == Checkout.ReservationStatus.Active && r.ExpiresAt <= now)
                .Select(r => r.TenantId).Distinct().OrderBy(id => id).Take(BatchSize).ToListAsync(cancellationToken);
        }

        var quotasByTenant = due.ToLookup(d => d.TenantId, d => d.QuotaId);
        var released = 0;
        foreach (var tenantId in quotasByTenant.Select(g => g.Key).Union(lapsed))
        {
            released += await SweepTenantAsync(tenantId, quotasByTenant[tenantId].ToList(), now, cancellationToken);
        }

        return released;
    }

    private async Task<int> SweepTenantAsync(Guid tenantId, IReadOnlyList<Guid> quotaIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<QuotaLedger>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var released = await ledger.ReleaseExpiredAsync(quotaIds, cancellationToken);
        var expired = await db.Reservations.Where(r => r.Status == Checkout.ReservationStatus.Active && r.ExpiresAt <= now)
            .OrderBy(r => r.ExpiresAt).ThenBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var reservation in expired) reservation.Expire();
        foreach (var byEvent in expired.GroupBy(r => r.EventId))
        {
            db.AddIntegrationEvent(new SeatsReleased(tenantId, byEvent.Key, byEvent.SelectMany(r => r.Lines).Select(l => l.TicketTypeId).Distinct().ToList()));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return released;
    }
}
