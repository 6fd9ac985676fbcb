using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Events;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Quotas;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EventPlatform.Ticketing.Reservations;

/// <summary>
/// Keeps a session's capacity quota at the capacity the organizer set in the agenda. Lowering it below what is already sold
/// is allowed (the organizer decided), it only stops further sales; a removed session stops limiting its tickets.
/// </summary>
public sealed class SessionCapacityFollower(TicketingDbContext db) : IIntegrationEventHandler<SessionCapacityChanged>
{
    public async Task HandleAsync(SessionCapacityChanged change, CancellationToken cancellationToken)
    {
        var size = change.Removed ? Availability.Unlimited : change.Capacity ?? Availability.Unlimited;
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE ticketing.quotas SET size = @size WHERE event_id = @event AND session_id = @session AND kind = @kind",
            [new NpgsqlParameter("size", size), new NpgsqlParameter("event", change.ScheduledEventId),
                new NpgsqlParameter("session", change.SessionId), new NpgsqlParameter("kind", nameof(QuotaKind.Session))],
            cancellationToken);
    }
}
