using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.CheckIn.Pages.CheckIn;

/// <summary>
/// <c>/check-in/{listId}</c>: the gate. A field a USB or Bluetooth scanner types into (or staff type a code), the camera,
/// or a photo of the QR code; the result in big colour and words. Without JavaScript the form posts and the page shows the
/// result; with it, the result is fetched (as the <c>_ScanResult</c> partial) and the camera keeps running.
/// </summary>
[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class ScannerModel(ICheckInListAppService lists, IScanAppService scans, IEventCatalog events, ErrorLocalizer errors) : PageModel
{
    [FromRoute]
    public Guid ListId { get; set; }

    public CheckInListDto List { get; private set; } = null!;

    public EventSummary Event { get; private set; } = null!;

    public ScanResultDto? Result { get; private set; }

    public string? Error { get; private set; }

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
