using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace EventPlatform.Ticketing.Reservations;

/// <summary>
/// The only writer of quota counters and holds. Every statement here locks the quota rows it touches first, in id
/// order, so concurrent reservations, confirmations and releases queue on the same rows instead of deadlocking; and
/// seats are taken by a guarded UPDATE (<c>sold + held + n &lt;= size</c> in its WHERE) whose affected-row count
/// says whether they were free, never by reading a count and writing it back. Call inside a transaction.
/// </summary>
public sealed class QuotaLedger(TicketingDbContext db, ICurrentTenant tenant, TimeProvider clock, IOptions<TicketingOptions> options)
{
    /// <summary>Takes <paramref name="needs"/> for the reservation, holding them until <paramref name="expiresAt"/>; false when any quota is full.</summary>
    public async Task<bool> TryTakeAsync(Guid reservationId, IReadOnlyList<QuotaNeed> needs, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (needs.Count == 0) return true;
        if (options.Value.Testing.DisableCapacityGuard) return await TakeUnguardedAsync(reservationId, needs, expiresAt, cancellationToken);
        var (ids, units) = Split(needs);
        // One quota needs no lock ordering, and a plain guarded UPDATE whose snapshot row is already full returns at once
        // instead of queueing for the row: sold-out refusals then cost no lock at all. Several quotas are locked in id order first.
        var taken = await db.Database.ExecuteSqlRawAsync(ids.Length > 1 ? TakeLockingSql : TakeSql,
            [Ids(ids), Units(units), Tenant(), new NpgsqlParameter("reservation", reservationId), new NpgsqlParameter("expires", expiresAt)],
            cancellationToken);
        return taken == ids.Length;
    }

    private const string TakeSql =
        """
        WITH taken AS (
            UPDATE ticketing.quotas q SET held = q.held + v.n
            FROM unnest(@ids, @units) AS v(id, n)
            WHERE q.id = v.id AND q.sold + q.held + v.n <= q.size
            RETURNING q.id, v.n)
        INSERT INTO ticketing.holds (id, tenant_id, reservation_id, quota_id, quantity, status, expires_at)
        SELECT gen_random_uuid(), @tenant, @reservation, id, n, 'Held', @expires FROM taken
        """;

    private const string TakeLockingSql =
        """
        WITH locked AS MATERIALIZED (
            SELECT id FROM ticketing.quotas WHERE id = ANY(@ids) ORDER BY id FOR UPDATE),
        taken AS (
            UPDATE ticketing.quotas q SET held = q.held + v.n
            FROM locked l JOIN unnest(@ids, @units) AS v(id, n) ON v.id = l.id
            WHERE q.id = l.id AND q.sold + q.held + v.n <= q.size
            RETURNING q.id, v.n)
        INSERT INTO ticketing.holds (id, tenant_id, reservation_id, quota_id, quantity, status, expires_at)
        SELECT gen_random_uuid(), @tenant, @reservation, id, n, 'Held', @expires FROM taken
        """;

    /// <summary>Turns the reservation's unexpired holds into sales; false when they expired or were given back meanwhile.</summary>
    public async Task<bool> TrySellAsync(Guid reservationId, int holdCount, CancellationToken cancellationToken)
    {
        if (holdCount == 0) return true;
        if (holdCount > 1) await LockQuotasOfAsync(reservationId, cancellationToken);
        var sold = await db.Database.ExecuteSqlRawAsync(
            """
            WITH sold AS (
                UPDATE ticketing.holds SET status = 'Sold'
                WHERE reservation_id = @reservation AND status = 'Held' AND expires_at > @now
                RETURNING quota_id, quantity)
            UPDATE ticketing.quotas q SET held = q.held - s.quantity, sold = q.sold + s.quantity
            FROM sold s WHERE q.id = s.quota_id
            """,
            [new NpgsqlParameter("reservation", reservationId), Now()],
            cancellationToken);
        return sold == holdCount;
    }

    /// <summary>Gives back everything an active reservation holds (the buyer cancelled or its waitlist offer lapsed).</summary>
    public async Task ReleaseHeldAsync(Guid reservationId, CancellationToken cancellationToken)
    {
        await LockQuotasOfAsync(reservationId, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """
            WITH released AS (
                UPDATE ticketing.holds SET status = 'Released'
                WHERE reservation_id = @reservation AND status = 'Held'
                RETURNING quota_id, quantity)
            UPDATE ticketing.quotas q SET held = q.held - r.quantity
            FROM released r WHERE q.id = r.quota_id
            """,
            [new NpgsqlParameter("reservation", reservationId)],
            cancellationToken);
    }

    /// <summary>Gives sold units back (a cancelled ticket or order); returns how many quotas changed.</summary>
    public async Task<int> ReturnSoldAsync(Guid reservationId, IReadOnlyList<QuotaNeed> units, CancellationToken cancellationToken)
    {
        if (units.Count == 0) return 0;
        await LockQuotasOfAsync(reservationId, cancellationToken);
        var (ids, counts) = Split(units);
        return await db.Database.ExecuteSqlRawAsync(
            """
            WITH returned AS (
                UPDATE ticketing.holds h
                SET quantity = h.quantity - v.n, status = CASE WHEN h.quantity = v.n THEN 'Released' ELSE h.status END
                FROM unnest(@ids, @units) AS v(id, n)
                WHERE h.reservation_id = @reservation AND h.quota_id = v.id AND h.status = 'Sold' AND h.quantity >= v.n
                RETURNING h.quota_id, v.n)
            UPDATE ticketing.quotas q SET sold = q.sold - r.n
            FROM returned r WHERE q.id = r.quota_id
            """,
            [Ids(ids), Units(counts), new NpgsqlParameter("reservation", reservationId)],
            cancellationToken);
    }

    /// <summary>Without locking: whether the quotas have room for <paramref name="needs"/> now, and whether expired holds fill some.</summary>
    public Task<QuotaRoom> LookAsync(IReadOnlyList<QuotaNeed> needs, CancellationToken cancellationToken)
    {
        var (ids, units) = Split(needs);
        return db.Database.SqlQueryRaw<QuotaRoom>(
            """
            SELECT COALESCE(bool_and(q.sold + q.held + v.n <= q.size), false) AS fits,
                   EXISTS (SELECT 1 FROM ticketing.holds h WHERE h.quota_id = ANY(@ids) AND h.status = 'Held' AND h.expires_at <= @now) AS expired_holds
            FROM ticketing.quotas q JOIN unnest(@ids, @units) AS v(id, n) ON q.id = v.id
            """,
            Ids(ids), Units(units), Now()).SingleAsync(cancellationToken);
    }

    /// <summary>Gives back the expired holds of these quotas; returns the units released. Expired holds never block a sale for long.</summary>
    public async Task<int> ReleaseExpiredAsync(IReadOnlyCollection<Guid> quotaIds, CancellationToken cancellationToken)
    {
        if (quotaIds.Count == 0) return 0;
        var ids = quotaIds.Distinct().Order().ToArray();
        await LockAsync(ids, cancellationToken);
        return await db.Database.ExecuteSqlRawAsync(
            """
            WITH released AS (
                UPDATE ticketing.holds SET status = 'Released'
                WHERE quota_id = ANY(@ids) AND status = 'Held' AND expires_at <= @now
                RETURNING quota_id, quantity),
            per_quota AS (SELECT quota_id, sum(quantity)::int AS n FROM released GROUP BY quota_id)
            UPDATE ticketing.quotas q SET held = q.held - p.n
            FROM per_quota p WHERE q.id = p.quota_id
            """,
            [Ids(ids), Now()],
            cancellationToken);
    }

    /// <summary>Sets a quota's size unless that would leave fewer seats than are sold and held; false then.</summary>
    public async Task<bool> TryResizeAsync(Guid quotaId, int size, CancellationToken cancellationToken)
    {
        await ReleaseExpiredAsync([quotaId], cancellationToken);
        return await db.Database.ExecuteSqlRawAsync(
            "UPDATE ticketing.quotas SET size = @size WHERE id = @id AND sold + held <= @size",
            [new NpgsqlParameter("id", quotaId), new NpgsqlParameter("size", size)],
            cancellationToken) == 1;
    }

    private Task LockQuotasOfAsync(Guid reservationId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "SELECT 1 FROM ticketing.quotas WHERE id IN (SELECT quota_id FROM ticketing.holds WHERE reservation_id = @reservation) ORDER BY id FOR UPDATE",
            [new NpgsqlParameter("reservation", reservationId)],
            cancellationToken);

    private Task LockAsync(Guid[] ids, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("SELECT 1 FROM ticketing.quotas WHERE id = ANY(@ids) ORDER BY id FOR UPDATE", [Ids(ids)], cancellationToken);

    /// <summary>
    /// The read-then-write a naive implementation would do, kept only so the oversell benchmark's negative control can
    /// prove its harness sees a race (TicketingOptions.Testing.DisableCapacityGuard). Never enabled in production.
    /// </summary>
    private async Task<bool> TakeUnguardedAsync(Guid reservationId, IReadOnlyList<QuotaNeed> needs, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        foreach (var need in needs)
        {
            var quota = await db.Quotas.AsNoTracking().FirstAsync(q => q.Id == need.QuotaId, cancellationToken);
            if (quota.Sold + quota.Held + need.Units > quota.Size) return false;
        }

        var (ids, units) = Split(needs);
        await db.Database.ExecuteSqlRawAsync(
            """
            WITH taken AS (
                UPDATE ticketing.quotas q SET held = q.held + v.n FROM unnest(@ids, @units) AS v(id, n) WHERE q.id = v.id RETURNING q.id, v.n)
            INSERT INTO ticketing.holds (id, tenant_id, reservation_id, quota_id, quantity, status, expires_at)
            SELECT gen_random_uuid(), @tenant, @reservation, id, n, 'Held', @expires FROM taken
            """,
            [Ids(ids), Units(units), Tenant(), new NpgsqlParameter("reservation", reservationId), new NpgsqlParameter("expires", expiresAt)],
            cancellationToken);
        return true;
    }

    private static (Guid[] Ids, int[] Units) Split(IReadOnlyList<QuotaNeed> needs)
    {
        var merged = needs.GroupBy(n => n.QuotaId).OrderBy(g => g.Key).ToList();
        return (merged.Select(g => g.Key).ToArray(), merged.Select(g => g.Sum(n => n.Units)).ToArray());
    }

    private static NpgsqlParameter Ids(Guid[] ids) => new("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids };

    private static NpgsqlParameter Units(int[] units) => new("units", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = units };

    private NpgsqlParameter Tenant() => new("tenant", tenant.Id ?? throw new TenantMismatchException("Quotas are taken inside an organization."));

    private NpgsqlParameter Now() => new("now", clock.GetUtcNow());
}

/// <summary>What <see cref="QuotaLedger.LookAsync"/> saw: room for the seats asked for, and expired holds still counted.</summary>
public sealed record QuotaRoom(bool Fits, bool ExpiredHolds);
