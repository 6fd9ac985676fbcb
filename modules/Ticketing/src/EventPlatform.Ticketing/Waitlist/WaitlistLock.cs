using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EventPlatform.Ticketing.Waitlist;

/// <summary>
/// A PostgreSQL session advisory lock per ticket type, held across the several short transactions of one waitlist move
/// (each offer is its own reservation transaction), so concurrent movers on several nodes queue instead of both offering
/// the same seat or the same person. The connection stays open until the lock is released.
/// </summary>
public sealed class WaitlistLock : IAsyncDisposable
{
    private readonly TicketingDbContext _db;
    private readonly long _key;

    private WaitlistLock(TicketingDbContext db, long key)
    {
        _db = db;
        _key = key;
    }

    public static async Task<WaitlistLock> AcquireAsync(TicketingDbContext db, Guid ticketTypeId, CancellationToken cancellationToken)
    {
        var key = BitConverter.ToInt64(ticketTypeId.ToByteArray(), 8);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(@key)", [new NpgsqlParameter("key", key)], cancellationToken);
        return new WaitlistLock(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(@key)", [new NpgsqlParameter("key", _key)]);
        await _db.Database.CloseConnectionAsync();
    }
}
