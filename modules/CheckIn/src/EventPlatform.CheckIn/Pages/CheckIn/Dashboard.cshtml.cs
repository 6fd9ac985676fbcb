using System.Text.Json;
using System.Text.Json.Serialization;
using EventPlatform.CheckIn.Dashboard;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Timing;
using EventPlatform.Ticketing.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.CheckIn.Pages.CheckIn;

/// <summary>
/// <c>/manage/events/{eventId}/check-in/dashboard</c>: checked in / registered in all, per list, per session and per
/// ticket type, arrivals over time and the latest scans. Rendered complete by the server; wwwroot/js/dashboard.js then
/// keeps it live over SignalR (<see cref="DashboardHub"/>).
/// </summary>
[Authorize(CheckInPermissions.Dashboard.Read)]
public sealed class DashboardModel(IEventCatalog events, ICheckInListAppService lists, IRegisteredTickets registered, DashboardCounts counts,
    IStringLocalizer<CheckInResource> texts) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [FromRoute]
    public Guid EventId { get; set; }

    public EventSummary Event { get; private set; } = null!;

    public DashboardRow Total { get; private set; } = null!;

    public IReadOnlyList<DashboardRow> ListRows { get; private set; } = [];

    public IReadOnlyList<DashboardRow> SessionRows { get; private set; } = [];

    public IReadOnlyList<DashboardRow> TypeRows { get; private set; } = [];

    public IReadOnlyList<DashboardScanDto> Recent { get; private set; } = [];

    /// <summary>What dashboard.js needs to keep the page live, as JSON.</summary>
    public string ClientState { get; private set; } = "{}";

    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private Dictionary<Guid, string> _listNames = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await events.FindAsync(EventId, cancellationToken) is not { } found) return NotFound();
        Event = found;
        _zone = TimeZones.OrUtc(found.TimeZone);
        var checkInLists = await lists.GetListAsync(EventId);
        var tickets = await registered.CountAsync(EventId, cancellationToken);
        var perType = await counts.PerTicketTypeAsync(EventId, cancellationToken);
        Recent = await counts.RecentAsync(EventId, cancellationToken);
        var arrivals = await counts.ArrivalsAsync(EventId, cancellationToken);
        _listNames = checkInLists.ToDictionary(l => l.Id, l => l.Name);

        TypeRows = tickets.GroupBy(t => t.TicketTypeId)
            .Select(g => new DashboardRow(g.Key, g.First().TicketTypeName, perType.GetValueOrDefault(g.Key), g.Sum(t => t.Count)))
            .ToList();
        Total = new DashboardRow(EventId, texts["Dashboard:Total"], TypeRows.Sum(r => r.CheckedIn), TypeRows.Sum(r => r.Registered));
        SessionRows = found.Sessions.Select(s =>
        {
            var types = tickets.Where(t => t.SessionId == s.Id).Select(t => t.TicketTypeId).Distinct().ToList();
            return new DashboardRow(s.Id, s.Title, types.Sum(t => perType.GetValueOrDefault(t)), tickets.Where(t => t.SessionId == s.Id).Sum(t => t.Count));
        }).ToList();
        ListRows = checkInLists.Select(l => new DashboardRow(l.Id, l.Name, l.Admitted,
            tickets.Where(t => (l.TicketTypeIds.Count == 0 || l.TicketTypeIds.Contains(t.TicketTypeId)) && (l.SessionId is null || t.SessionId == l.SessionId))
                .Sum(t => t.Count))).ToList();

        ClientState = JsonSerializer.Serialize(new
        {
            EventId,
            Hub = DashboardHubConsts.Path,
            TimeZone = _zone.Id,
            BucketMinutes = (int)DashboardHubConsts.ArrivalBucket.TotalMinutes,
            Arrivals = arrivals,
            Lists = _listNames,
            // Which session a ticket type grants: the session rows and the total add up the per-type counts the server sends.
            Sessions = tickets.Where(t => t.SessionId is not null).GroupBy(t => t.TicketTypeId).ToDictionary(g => g.Key, g => g.First().SessionId),
            Outcomes = Enum.GetValues<ScanOutcome>().ToDictionary(o => o.ToString(), o => texts[$"Scan:{o}"].Value),
            ValidExit = texts["Scan:Valid:Exit"].Value,
            Undone = texts["Dashboard:Undone"].Value,
            Summary = texts["Dashboard:Summary"].Value,
            Status = new Dictionary<string, string>
            {
                ["connecting"] = texts["Dashboard:Status:Connecting"],
                ["live"] = texts["Dashboard:Status:Live"],
                ["reconnecting"] = texts["Dashboard:Status:Reconnecting"],
                ["offline"] = texts["Dashboard:Status:Offline"],
            },
        }, Json);
        return Page();
    }

    public string ListName(Guid listId) => _listNames.GetValueOrDefault(listId) ?? "";

    public string Time(DateTimeOffset at) => TimeZones.FormatTime(at, _zone);

    public string Outcome(DashboardScanDto scan) =>
        scan.Undone ? texts["Dashboard:Undone"]
        : texts[scan.Outcome == ScanOutcome.Valid && scan.Direction == ScanDirection.Exit ? "Scan:Valid:Exit" : $"Scan:{scan.Outcome}"];
}

/// <summary>One "checked in / registered" line of the dashboard; <see cref="Id"/> is what live updates find it by.</summary>
public sealed record DashboardRow(Guid Id, string Name, int CheckedIn, int Registered)
{
    public int Percent => Registered == 0 ? 0 : (int)Math.Round(100.0 * Math.Min(CheckedIn, Registered) / Registered);
}
