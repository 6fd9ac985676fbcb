using System.Globalization;
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
    IStringLocalizer<CheckInResource> texts)
{
    public async Task<ScanResultDto> ScanAsync(Guid listId, ScanInput input, CancellationToken cancellationToken)
    {
        var list = await db.Lists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listId, cancellationToken)
            ?? throw new BusinessException(CheckInErrorCodes.ListNotFound, 404).WithData("list", listId);
        var nonce = string.IsNullOrWhiteSpace(input.ClientNonce) ? null : input.ClientNonce.Trim();
        if (nonce is not null && await FindByNonceAsync(list, nonce, cancellationToken) is { } earlier) return earlier;

        var code = (input.Code ?? "").Trim();
        var lookup = await tickets.FindAsync(code, cancellationToken);
        var now = clock.GetUtcNow();
        var scan = new Scan(list.Id, list.EventId, code.Length > ScanConsts.MaxCodeLength ? code[..ScanConsts.MaxCodeLength] : code, input.Direction, now,
            user.Id, Limit(user.Name), nonce);
        if (lookup.Ticket is { } found) scan.Names(found.Id, found.TicketTypeId, found.AttendeeName, found.TicketTypeName, found.OrderNumber);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var refused = list.Refuses(lookup, now);
        if (refused is { } outcome)
        {
            scan.Decide(outcome);
        }
        else if (input.Direction == ScanDirection.Exit)
        {
            scan.Decide(list.TracksExits && await TryLetOutAsync(list, lookup.Ticket!.Id, now, cancellationToken) ? ScanOutcome.Valid : ScanOutcome.NotCheckedIn);
        }
        else if (await TryAdmitAsync(list, lookup.Ticket!.Id, now, await DayAsync(list, now, cancellationToken), scan.UserName, cancellationToken))
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
        catch (DbUpdateException e) when (nonce is not null && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same scan uploaded twice at once: the first one's result stands, and this one changed nothing.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return (await FindByNonceAsync(list, nonce, cancellationToken))!;
        }

        await transaction.CommitAsync(cancellationToken);
        return await ToDtoAsync(scan, list, cancellationToken);
    }

    /// <summary>Takes an admission back; staff only their own scans, supervisors any.</summary>
    public async Task<ScanResultDto> UndoAsync(Guid scanId, bool supervisor, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.FirstOrDefaultAsync(s => s.Id == scanId, cancellationToken)
            ?? throw new BusinessException(CheckInErrorCodes.ScanNotFound, 404).WithData("scan", scanId);
        if (!supervisor && scan.UserId != user.Id) throw new BusinessException(CheckInErrorCodes.ScanOfSomeoneElse, 403);
        var list = await db.Lists.AsNoTracking().FirstAsync(l => l.Id == scan.ListId, cancellationToken);
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
        return await ToDtoAsync(scan, list, cancellationToken);
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

    /// <summary>Today in the event's time zone (the once-per-day rule counts calendar days where the event happens).</summary>
    private async Task<DateOnly> DayAsync(CheckInList list, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = TimeZones.OrUtc((await events.FindAsync(list.EventId, cancellationToken))?.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    private async Task<ScanResultDto?> FindByNonceAsync(CheckInList list, string nonce, CancellationToken cancellationToken) =>
        await db.Scans.AsNoTracking().FirstOrDefaultAsync(s => s.ListId == list.Id && s.ClientNonce == nonce, cancellationToken) is { } scan
            ? await ToDtoAsync(scan, list, cancellationToken)
            : null;

    private async Task<ScanResultDto> ToDtoAsync(Scan scan, CheckInList list, CancellationToken cancellationToken)
    {
        string message;
        if (scan.Outcome == ScanOutcome.AlreadyCheckedIn && scan.FirstEntryAt is { } at)
        {
            var zone = TimeZones.OrUtc((await events.FindAsync(list.EventId, cancellationToken))?.TimeZone);
            message = texts["Scan:AlreadyCheckedInAt", TimeZoneInfo.ConvertTime(at, zone).ToString("t", CultureInfo.CurrentCulture),
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
