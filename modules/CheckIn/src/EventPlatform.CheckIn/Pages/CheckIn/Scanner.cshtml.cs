using System.Text.Json;
using EventPlatform.CheckIn.Gate;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.CheckIn.Pages.CheckIn;

/// <summary>
/// <c>/check-in/{listId}</c>: the gate. A field a USB or Bluetooth scanner types into (or staff type a code), the camera,
/// or a photo of the QR code; the result in big colour and words. Without JavaScript the form posts and the page shows the
/// result; with it, the result is fetched (as the <c>_ScanResult</c> partial) and the camera keeps running.
/// </summary>
[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class ScannerModel(ICheckInListAppService lists, IScanAppService scans, IEventCatalog events, ErrorLocalizer errors,
    IStringLocalizer<CheckInResource> texts) : PageModel
{
    [FromRoute]
    public Guid ListId { get; set; }

    public CheckInListDto List { get; private set; } = null!;

    public EventSummary Event { get; private set; } = null!;

    public ScanResultDto? Result { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The site's brand colour: the installed gate app's title bar.</summary>
    public const string ThemeColor = "#4f46e5";

    /// <summary>Texts the page's script shows when it judges a scan itself (offline) or lists search results.</summary>
    private static readonly string[] ScriptTexts =
    [
        .. Enum.GetNames<ScanOutcome>().Select(o => $"Scan:{o}"), "Scan:Valid:Exit", "Scanner:AlreadyDetail", "Gate:Online", "Gate:OfflineNow",
        "Gate:OfflineBadge", "Gate:ListReady", "Gate:ListMissing", "Gate:ListLoading", "Gate:Queue", "Gate:QueueEmpty", "Gate:Conflicts",
        "Gate:ThisDevice", "Gate:SearchNone", "Gate:SearchCount", "Gate:SearchOffline", "Gate:SearchShort", "Gate:CheckIn", "Gate:NotIn", "Gate:InAt",
        "Gate:OfflineUnsupported", "Scanner:Undo", "Scanner:Undone", "Gate:UndoFailed",
    ];

    /// <summary>What the gate's script needs: where the list's APIs are, the enum names in the API's order, and its texts.</summary>
    public string GateConfigJson() => JsonSerializer.Serialize(new
    {
        listId = ListId,
        api = $"/api/checkin/lists/{ListId}",
        scanApi = "/api/checkin/scan",
        outcomes = Enum.GetNames<ScanOutcome>(),
        directions = Enum.GetNames<ScanDirection>(),
        reEntry = Enum.GetNames<ReEntryRule>(),
        states = Enum.GetNames<GateTicketState>(),
        serviceWorker = "/sw.js",
        texts = ScriptTexts.ToDictionary(k => k, k => texts[k].Value),
    });

    /// <summary>The web app manifest: installing the gate puts this list's scanner on the home screen, full screen.</summary>
    public async Task<IActionResult> OnGetManifestAsync()
    {
        if (!await LoadAsync()) return NotFound();
        var manifest = new
        {
            name = texts["Scanner:Title", List.Name].Value,
            short_name = List.Name.Length > 12 ? texts["Gate:ShortName"].Value : List.Name,
            start_url = $"/check-in/{ListId}",
            scope = "/check-in/",
            display = "standalone",
            orientation = "portrait",
            theme_color = ThemeColor,
            background_color = "#ffffff",
            icons = new[]
            {
                new { src = "/icons/gate-192.png", sizes = "192x192", type = "image/png", purpose = "any" },
                new { src = "/icons/gate-512.png", sizes = "512x512", type = "image/png", purpose = "any" },
            },
        };
        return new JsonResult(manifest) { ContentType = "application/manifest+json" };
    }

    /// <summary>A time of day in the event's zone, as the gate's clock shows it.</summary>
    public string LocalTime(DateTimeOffset at) =>
        Platform.Timing.TimeZones.FormatTime(at, Platform.Timing.TimeZones.OrUtc(Event.TimeZone));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostScanAsync(string? code, ScanDirection direction = ScanDirection.Entry, string? nonce = null)
    {
        if (!await LoadAsync()) return NotFound();
        try
        {
            Result = string.IsNullOrWhiteSpace(code) ? null : await scans.CreateAsync(ListId, new ScanInput(code, direction, nonce));
        }
        catch (BusinessException e)
        {
            Error = errors.Localize(e.Code, e.Values);
            Response.StatusCode = e.StatusCode;
        }

        return Respond();
    }

    public async Task<IActionResult> OnPostUndoAsync(Guid scanId)
    {
        if (!await LoadAsync()) return NotFound();
        try
        {
            Result = await scans.UndoAsync(scanId);
        }
        catch (BusinessException e)
        {
            Error = errors.Localize(e.Code, e.Values);
            Response.StatusCode = e.StatusCode;
        }

        return Respond();
    }

    /// <summary>The result alone for the page's script; the whole page for a plain form post.</summary>
    private IActionResult Respond() =>
        Request.Headers["X-Requested-With"] == "fetch" ? Partial("_ScanResult", this) : Page();

    private async Task<bool> LoadAsync()
    {
        try
        {
            List = await lists.GetAsync(ListId);
        }
        catch (BusinessException e) when (e.StatusCode == StatusCodes.Status404NotFound)
        {
            return false;
        }

        Event = (await events.FindAsync(List.EventId, HttpContext.RequestAborted))!;
        return true;
    }
}
