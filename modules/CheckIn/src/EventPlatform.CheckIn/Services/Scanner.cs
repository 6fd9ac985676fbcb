using EventPlatform.CheckIn.Dashboard;
using EventPlatform.CheckIn.Data;
using EventPlatform.CheckIn.Domain;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Timing;
using EventPlatform.Platform.Users;
using EventPlatform.Ticketing.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace EventPlatform.CheckIn.Services;

/// <summary>
/// A scan: the ticket is found with one indexed lookup (<see cref="ITicketAdmissions"/>), the list's rules judge it, and
/// its admission changes in one guarded statement, committed with the scan's log row. No background work on the way.
/// </summary>
public sealed class Scanner(
    CheckInDbContext db,
    ITicketAdmissions tickets,
    IEventCatalog events,
    ICurrentUser user,
    ICurrentTenant tenant,
    TimeProvider clock,
    IStringLocalizer<CheckInResource> texts,
    DashboardFeed dashboard)
{
    public async Task<ScanResultDto> ScanAsync(Guid listId, ScanInput input, CancellationToken cancellationToken)
    {
        var list = await db.Lists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listId, cancellationToken)
            ?? throw new BusinessException(CheckInErrorCodes.ListNotFound, 404).WithData("list", listId);
        var nonce = string.IsNullOrWhiteSpace(input.ClientNonce) ? null : input.ClientNonce.Trim();
        // The HTTP API validates its input; pages call in-process, so the limit the log's column holds is kept here.
        if (nonce is { Length: > ScanConsts.MaxNonceLength }) throw new BusinessException(PlatformErrorCodes.BadRequest, 400).WithData("field", "clientNonce");
        if (nonce is not null && await FindByNonceAsync(list, nonce, cancellationToken) is { } earlier) return earlier;

        var code = (input.Code ?? "").Trim();
        var lookup = await tickets.FindAsync(code, cancellationToken);
        // Everything read from other modules is read before the transaction: a request never holds one connection while
        // it waits for another (under load, that is how a pool runs dry).
        var zone = await ZoneAsync(list.EventId, cancellationToken);
        var now = clock.GetUtcNow();
        var scan = new Scan(list.Id, list.EventId, code.Length > ScanConsts.MaxCodeLength ? code[..ScanConsts.MaxCodeLength] : code, input.Direction, now,
            user.Id, Limit(user.Name), nonce);
        if (lookup.Ticket is { } found) scan.Names(found.Id, found.TicketTypeId, found.AttendeeName, found.TicketTypeName, found.OrderNumber);

        // A second upload of a scan at the same moment finds the first one's result, and changes nothing.
        if (!await RecordAsync(list, lookup, scan, input.Direction, now, zone, cancellationToken)) return (await FindByNonceAsync(list, nonce!, cancellationToken))!;
        dashboard.Publish(scan, lookup.Ticket?.SessionId);
        return ToDto(scan, zone);
    }

    /// <summary>
    /// Judges the scan and changes the ticket's admission, in one transaction with the scan's log row. False when another
    /// request logged a scan with the same nonce first (then nothing was changed).
    /// </summary>
    private async Task<bool> RecordAsync(CheckInList list, AdmissionLookup lookup, Scan scan, ScanDirection direction, DateTimeOffset now, TimeZoneInfo zone,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (list.Refuses(lookup, now) is { } refused)
        {
            scan.Decide(refused);
        }
        else if (direction == ScanDirection.Exit)
        {
            scan.Decide(list.TracksExits && await TryLetOutAsync(list, lookup.Ticket!.Id, now, cancellationToken) ? ScanOutcome.Valid : ScanOutcome.NotCheckedIn);
        }
        else if (await TryAdmitAsync(list, lookup.Ticket!.Id, now, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), scan.UserName, cancellationToken))
        {
            scan.Decide(ScanOutcome.Valid);
        }
        else
        {
            var before = await db.Admissions.AsNoTracking().FirstAsync(a => a.ListId == list.Id && a.TicketId == lookup.Ticket!.Id, cancellationToken);
            scan.Decide(ScanOutcome.AlreadyCheckedIn, before.LastEntryAt, before.LastEntryBy);
        }

        db.Scans.Add(scan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (scan.ClientNonce is not null && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Takes an admission back; staff only their own scans, supervisors any.</summary>
    public async Task<ScanResultDto> UndoAsync(Guid scanId, bool supervisor, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.FirstOrDefaultAsync(s => s.Id == scanId, cancellationToken)
            ?? throw new BusinessException(CheckInErrorCodes.ScanNotFound, 404).WithData("scan", scanId);
        if (!supervisor && scan.UserId != user.Id) throw new BusinessException(CheckInErrorCodes.ScanOfSomeoneElse, 403);
        var zone = await ZoneAsync(scan.EventId, cancellationToken);
        if (scan.UndoneAt is not null || scan.Outcome != ScanOutcome.Valid || scan.Direction != ScanDirection.Entry || scan.TicketId is not { } ticketId)
        {
            throw new BusinessException(CheckInErrorCodes.ScanNotUndoable, 409);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Guarded like the scan itself: undoing the same scan twice at once takes back one entry.
        var undone = await db.Scans.Where(s => s.Id == scanId && s.UndoneAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UndoneAt, clock.GetUtcNow()).SetProperty(x => x.UndoneBy, user.Id), cancellationToken);
        if (undone == 0) throw new BusinessException(CheckInErrorCodes.ScanNotUndoable, 409);
        await db.Admissions.Where(a => a.ListId == scan.ListId && a.TicketId == ticketId && a.Entries > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Entries, a => a.Entries - 1).SetProperty(a => a.Inside, false)
                .SetProperty(a => a.LastEntryDay, (DateOnly?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await db.Entry(scan).ReloadAsync(cancellationToken);
        dashboard.Publish(scan, null);
        return ToDto(scan, zone);
    }

    /// <summary>
    /// Admits the ticket unless the list's rule forbids it now, in one statement: a first entry inserts the admission, a
    /// later one updates it only where the rule allows. Concurrent scans of one ticket queue on its row; one wins.
    /// </summary>
    private async Task<bool> TryAdmitAsync(CheckInList list, Guid ticketId, DateTimeOffset now, DateOnly day, string? by, CancellationToken cancellationToken)
    {
        var admitted = await db.Database.SqlQueryRaw<int>(
            """
            INSERT INTO checkin.admissions AS a (id, tenant_id, list_id, ticket_id, entries, inside, last_entry_at, last_entry_by, last_entry_day)
            VALUES (@id, @tenant, @list, @ticket, 1, @tracks, @now, @by, @day)
            ON CONFLICT (list_id, ticket_id) DO UPDATE
            SET entries = a.entries + 1, inside = @tracks, last_entry_at = @now, last_entry_by = @by, last_entry_day = @day
            WHERE a.entries = 0
               OR (@rule = 'Unlimited' AND NOT a.inside)
               OR (@rule = 'OncePerDay' AND NOT a.inside AND a.last_entry_day IS DISTINCT FROM @day)
            RETURNING a.entries AS "Value"
            """,
            new NpgsqlParameter("id", Guid.CreateVersion7()), new NpgsqlParameter("tenant", tenant.Id!.Value), new NpgsqlParameter("list", list.Id),
            new NpgsqlParameter("ticket", ticketId), new NpgsqlParameter("tracks", list.TracksExits), new NpgsqlParameter("now", now),
            new NpgsqlParameter("by", (object?)by ?? DBNull.Value), new NpgsqlParameter("day", day), new NpgsqlParameter("rule", list.ReEntry.ToString()))
            .ToListAsync(cancellationToken);
        return admitted.Count == 1;
    }

    private async Task<bool> TryLetOutAsync(CheckInList list, Guid ticketId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Admissions.Where(a => a.ListId == list.Id && a.TicketId == ticketId && a.Inside)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Inside, false).SetProperty(a => a.LastExitAt, now), cancellationToken) == 1;

    /// <summary>The event's time zone: the once-per-day rule counts calendar days where the event happens, and times are shown in it.</summary>
    private async Task<TimeZoneInfo> ZoneAsync(Guid eventId, CancellationToken cancellationToken) =>
        TimeZones.OrUtc((await events.FindAsync(eventId, cancellationToken))?.TimeZone);

    private async Task<ScanResultDto?> FindByNonceAsync(CheckInList list, string nonce, CancellationToken cancellationToken) =>
        await db.Scans.AsNoTracking().FirstOrDefaultAsync(s => s.ListId == list.Id && s.ClientNonce == nonce, cancellationToken) is { } scan
            ? ToDto(scan, await ZoneAsync(list.EventId, cancellationToken))
            : null;

    private ScanResultDto ToDto(Scan scan, TimeZoneInfo zone)
    {
        string message;
        if (scan.Outcome == ScanOutcome.AlreadyCheckedIn && scan.FirstEntryAt is { } at)
        {
            message = texts["Scan:AlreadyCheckedInAt", TimeZones.FormatTime(at, zone),
                scan.FirstEntryBy ?? texts["Scan:Someone"].Value];
        }
        else
        {
            message = texts[scan.Outcome == ScanOutcome.Valid && scan.Direction == ScanDirection.Exit ? "Scan:Valid:Exit" : $"Scan:{scan.Outcome}"];
        }

        // Unknown and forged codes name no ticket; every other outcome shows whose ticket it is.
        var ticket = scan.TicketId is { } id ? new ScannedTicketDto(id, scan.AttendeeName ?? "", scan.TicketTypeName ?? "", scan.OrderNumber ?? "") : null;
        return new ScanResultDto(scan.Id, scan.ListId, scan.Outcome, scan.Direction, message, ticket, scan.ScannedAt, scan.FirstEntryAt, scan.FirstEntryBy,
            scan.UndoneAt is not null);
    }

    private static string? Limit(string? name) => name is { Length: > ScanConsts.MaxUserNameLength } ? name[..ScanConsts.MaxUserNameLength] : name;
}
