using EventPlatform.CheckIn.Dashboard;
using EventPlatform.CheckIn.Data;
using EventPlatform.CheckIn.Domain;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Timing;
using EventPlatform.Platform.Users;
using EventPlatform.Ticketing.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using NpgsqlTypes;

namespace EventPlatform.CheckIn.Services;

/// <summary>
/// A scan: the list comes from memory (<see cref="CheckInListCache"/>), the ticket is found with one indexed lookup
/// (<see cref="ITicketAdmissions"/>), the list's rules judge it, and one statement changes its admission and logs the scan.
/// Two round trips; no transaction held open, no background work on the way.
/// </summary>
public sealed class Scanner(
    CheckInDbContext db,
    ITicketAdmissions tickets,
    IEventCatalog events,
    CheckInListCache cache,
    ICurrentUser user,
    ICurrentTenant tenant,
    TimeProvider clock,
    IStringLocalizer<CheckInResource> texts,
    DashboardFeed dashboard)
{
    /// <param name="offline">For a scan from a device's offline queue: it is judged at the device's time and flagged when it collides.</param>
    public async Task<ScanResultDto> ScanAsync(Guid listId, ScanInput input, CancellationToken cancellationToken, OfflineScan? offline = null)
    {
        var (list, zone) = await GateAsync(listId, cancellationToken);
        var nonce = string.IsNullOrWhiteSpace(input.ClientNonce) ? null : input.ClientNonce.Trim();
        // The HTTP API validates its input; pages call in-process, so the limit the log's column holds is kept here.
        if (nonce is { Length: > ScanConsts.MaxNonceLength }) throw new BusinessException(PlatformErrorCodes.BadRequest, 400).WithData("field", "clientNonce");

        // Everything read from other modules is read before the scan's statement: a request never holds one connection
        // while it waits for another (under load, that is how a pool runs dry).
        var code = (input.Code ?? "").Trim();
        var lookup = await tickets.FindAsync(code, cancellationToken);
        var now = offline?.At(clock.GetUtcNow()) ?? clock.GetUtcNow();
        var scan = new Scan(list.Id, list.EventId, code.Length > ScanConsts.MaxCodeLength ? code[..ScanConsts.MaxCodeLength] : code, input.Direction, now,
            user.Id, Limit(user.Name), nonce);
        if (offline is not null) scan.MadeOffline(offline.Outcome);
        if (lookup.Ticket is { } found) scan.Names(found.Id, found.TicketTypeId, found.AttendeeName, found.TicketTypeName, found.OrderNumber);

        try
        {
            await RecordAsync(list, lookup, scan, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), cancellationToken);
        }
        catch (PostgresException e) when (nonce is not null && e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // The scan was uploaded before (or twice at once): its statement changed nothing, and the first one's answer stands.
            return (await FindByNonceAsync(list, nonce, zone, cancellationToken))!;
        }

        dashboard.Publish(scan, lookup.Ticket?.SessionId);
        return ToDto(scan, zone);
    }

    /// <summary>The list with its event's time zone, from <see cref="CheckInListCache"/>; 404 when the organization has no such list.</summary>
    private async Task<GateList> GateAsync(Guid listId, CancellationToken cancellationToken) =>
        await cache.GetOrLoadAsync(tenant.Id!.Value, listId, async () =>
            await db.Lists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listId, cancellationToken) is { } list
                ? new GateList(list, await ZoneAsync(list.EventId, cancellationToken))
                : null)
        ?? throw new BusinessException(CheckInErrorCodes.ListNotFound, 404).WithData("list", listId);

    /// <summary>
    /// Judges the scan, changes the ticket's admission and logs the scan in ONE statement (one round trip, atomic without
    /// an explicit transaction): the admission's guarded upsert (or the exit's guarded update) runs as a data-modifying
    /// CTE, and the log row's outcome says whether it changed a row. A repeated client nonce fails the whole statement.
    /// </summary>
    private async Task RecordAsync(CheckInList list, AdmissionLookup lookup, Scan scan, DateOnly day, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter>
        {
            Parameter("scan", NpgsqlDbType.Uuid, scan.Id), Parameter("tenant", NpgsqlDbType.Uuid, tenant.Id!.Value),
            Parameter("list", NpgsqlDbType.Uuid, list.Id), Parameter("event", NpgsqlDbType.Uuid, list.EventId),
            Parameter("ticket", NpgsqlDbType.Uuid, scan.TicketId), Parameter("type", NpgsqlDbType.Uuid, scan.TicketTypeId),
            Parameter("attendee", NpgsqlDbType.Varchar, scan.AttendeeName), Parameter("type_name", NpgsqlDbType.Varchar, scan.TicketTypeName),
            Parameter("order", NpgsqlDbType.Varchar, scan.OrderNumber), Parameter("code", NpgsqlDbType.Varchar, scan.Code),
            Parameter("direction", NpgsqlDbType.Varchar, scan.Direction.ToString()), Parameter("now", NpgsqlDbType.TimestampTz, scan.ScannedAt),
            Parameter("user", NpgsqlDbType.Uuid, scan.UserId), Parameter("by", NpgsqlDbType.Varchar, scan.UserName),
            Parameter("nonce", NpgsqlDbType.Varchar, scan.ClientNonce),
            Parameter("offline", NpgsqlDbType.Varchar, scan.OfflineOutcome?.ToString()),
        };

        PositionalSql sql;
        if (list.Refuses(lookup, scan.ScannedAt) is { } refused)
        {
            parameters.Add(Parameter("outcome", NpgsqlDbType.Varchar, refused.ToString()));
            sql = RefusedSql;
        }
        else if (scan.Direction == ScanDirection.Exit)
        {
            parameters.Add(Parameter("tracks", NpgsqlDbType.Boolean, list.TracksExits));
            sql = ExitSql;
        }
        else
        {
            parameters.Add(Parameter("admission", NpgsqlDbType.Uuid, Guid.CreateVersion7()));
            parameters.Add(Parameter("tracks", NpgsqlDbType.Boolean, list.TracksExits));
            parameters.Add(Parameter("day", NpgsqlDbType.Date, day));
            parameters.Add(Parameter("rule", NpgsqlDbType.Varchar, list.ReEntry.ToString()));
            sql = EntrySql;
        }

        var logged = await db.Database.QueryRowAsync(sql, parameters, LoggedScan.Read, cancellationToken);
        if (logged is { Outcome: nameof(ScanOutcome.AlreadyCheckedIn), FirstEntryAt: null })
        {
            // The entry that refused this one committed after the statement's snapshot was taken (two gates, one moment):
            // its time and gate are read now, so the answer (and a re-upload's) still says when and by whom.
            logged = await db.Database.QueryRowAsync(EarlierEntrySql, [Parameter("scan", NpgsqlDbType.Uuid, scan.Id),
                Parameter("list", NpgsqlDbType.Uuid, list.Id), Parameter("ticket", NpgsqlDbType.Uuid, scan.TicketId)], LoggedScan.Read, cancellationToken);
        }

        scan.Decide(Enum.Parse<ScanOutcome>(logged.Outcome), logged.FirstEntryAt, logged.FirstEntryBy);
    }

    private const string LogColumns =
        "id, tenant_id, list_id, event_id, ticket_id, ticket_type_id, attendee_name, ticket_type_name, order_number, code, direction, scanned_at, user_id, user_name, client_nonce, offline_outcome, outcome, first_entry_at, first_entry_by, is_conflict";

    /// <summary>
    /// The scan's log row with the given outcome and first entry, returning what the answer needs. An offline scan the
    /// device let in that finds the ticket admitted already is flagged as a conflict (the same rule as <see cref="Scan.Decide"/>).
    /// </summary>
    private static string Log(string outcome, string firstEntryAt, string firstEntryBy) => $"""
        INSERT INTO checkin.scans ({LogColumns})
        SELECT @scan, @tenant, @list, @event, @ticket, @type, @attendee, @type_name, @order, @code, @direction, @now, @user, @by, @nonce, @offline,
               o.outcome, {firstEntryAt}, {firstEntryBy}, COALESCE(@offline = 'Valid' AND o.outcome = 'AlreadyCheckedIn', false)
        FROM (SELECT {outcome} AS outcome) AS o
        RETURNING outcome, first_entry_at, first_entry_by
        """;

    /// <summary>A scan the list's rules refused before the database was asked: the log row alone.</summary>
    private static readonly PositionalSql RefusedSql = new(Log("@outcome", "NULL", "NULL"));

    /// <summary>
    /// An entry: a first entry inserts the admission, a later one updates it only where the list's re-entry rule allows.
    /// Concurrent scans of one ticket queue on its row; one wins. A refused entry names the entry before it.
    /// </summary>
    private static readonly PositionalSql EntrySql = new($"""
        WITH earlier AS (
            SELECT last_entry_at, last_entry_by FROM checkin.admissions WHERE list_id = @list AND ticket_id = @ticket
        ), admitted AS (
            INSERT INTO checkin.admissions AS a (id, tenant_id, list_id, ticket_id, entries, inside, last_entry_at, last_entry_by, last_entry_day)
            VALUES (@admission, @tenant, @list, @ticket, 1, @tracks, @now, @by, @day)
            ON CONFLICT (list_id, ticket_id) DO UPDATE
            SET entries = a.entries + 1, inside = @tracks, last_entry_at = @now, last_entry_by = @by, last_entry_day = @day
            WHERE a.entries = 0
               OR (@rule = 'Unlimited' AND NOT a.inside)
               OR (@rule = 'OncePerDay' AND NOT a.inside AND a.last_entry_day IS DISTINCT FROM @day)
            RETURNING a.id
        )
        {Log(
            "CASE WHEN EXISTS (SELECT FROM admitted) THEN 'Valid' ELSE 'AlreadyCheckedIn' END",
            "(SELECT last_entry_at FROM earlier WHERE NOT EXISTS (SELECT FROM admitted))",
            "(SELECT last_entry_by FROM earlier WHERE NOT EXISTS (SELECT FROM admitted))")}
        """);

    /// <summary>An exit lets out a ticket that is inside (on a list that tracks exits).</summary>
    private static readonly PositionalSql ExitSql = new($"""
        WITH let_out AS (
            UPDATE checkin.admissions SET inside = false, last_exit_at = @now
            WHERE list_id = @list AND ticket_id = @ticket AND inside AND @tracks
            RETURNING id
        )
        {Log("CASE WHEN EXISTS (SELECT FROM let_out) THEN 'Valid' ELSE 'NotCheckedIn' END", "NULL", "NULL")}
        """);

    private static readonly PositionalSql EarlierEntrySql = new("""
        UPDATE checkin.scans AS s SET first_entry_at = a.last_entry_at, first_entry_by = a.last_entry_by
        FROM checkin.admissions AS a
        WHERE s.id = @scan AND a.list_id = @list AND a.ticket_id = @ticket
        RETURNING s.outcome, s.first_entry_at, s.first_entry_by
        """);

    private static NpgsqlParameter Parameter(string name, NpgsqlDbType type, object? value) => new(name, type) { Value = value ?? DBNull.Value };

    /// <summary>What the log row says: the statements return these three columns in this order.</summary>
    private sealed record LoggedScan(string Outcome, DateTimeOffset? FirstEntryAt, string? FirstEntryBy)
    {
        public static LoggedScan Read(NpgsqlDataReader row) =>
            new(row.GetString(0), row.IsDBNull(1) ? null : row.GetFieldValue<DateTimeOffset>(1), row.IsDBNull(2) ? null : row.GetString(2));
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

    /// <summary>The event's time zone: the once-per-day rule counts calendar days where the event happens, and times are shown in it.</summary>
    private async Task<TimeZoneInfo> ZoneAsync(Guid eventId, CancellationToken cancellationToken) =>
        TimeZones.OrUtc((await events.FindAsync(eventId, cancellationToken))?.TimeZone);

    private async Task<ScanResultDto?> FindByNonceAsync(CheckInList list, string nonce, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        await db.Scans.AsNoTracking().FirstOrDefaultAsync(s => s.ListId == list.Id && s.ClientNonce == nonce, cancellationToken) is { } scan
            ? ToDto(scan, zone)
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

    /// <summary>A user name cut to what the scan log keeps.</summary>
    internal static string? Limit(string? name) => name is { Length: > ScanConsts.MaxUserNameLength } ? name[..ScanConsts.MaxUserNameLength] : name;
}
