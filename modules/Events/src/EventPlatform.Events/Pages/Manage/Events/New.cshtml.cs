using EventPlatform.Events.Events;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.Settings;
using EventPlatform.Platform.Timing;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Events.Pages.Manage.Events;

/// <summary>The editor's first two steps (basics, when and where): what an event needs before it can be saved as a draft.</summary>
[Authorize(EventsPermissions.Events.Manage)]
public sealed class NewModel(
    IEventAppService events,
    ISettingProvider settings,
    IValidator<EventInput> validator,
    ErrorLocalizer errors,
    IStringLocalizer<EventsResource> text) : PageModel
{
    [BindProperty]
    public EditorForm Input { get; set; } = new();

    public string? PreviewHtml { get; private set; }

    public async Task OnGetAsync()
    {
        // A sensible start: next week at 09:00 for a day, in the user's zone or else the organization's (settings look up user, then organization).
        var start = DateTime.Today.AddDays(7).AddHours(9);
        Input = new EditorForm
        {
            StartLocal = start,
            EndLocal = start.AddHours(8),
            TimeZone = await settings.GetOrNullAsync(PlatformSettings.DefaultTimeZone, HttpContext.RequestAborted) is { } zone && TimeZones.IsKnown(zone) ? zone : "UTC",
        };
    }

    public async Task<IActionResult> OnPostAsync(string? preview)
    {
        if (preview is not null)
        {
            ModelState.Clear();
            PreviewHtml = Text.MarkdownText.ToHtml(Input.DescriptionMarkdown) ?? "";
            return Page();
        }

        if (Input.StartLocal is null) ModelState.AddModelError("Input.StartLocal", text["Editor:Required"]);
        if (Input.EndLocal is null) ModelState.AddModelError("Input.EndLocal", text["Editor:Required"]);
        if (!ModelState.IsValid || !Input.TryParseCoordinates(ModelState, text["Editor:NumberInvalid"])) return Page();
        var input = Input.ToInput();
        if (!ModelState.AddErrors(await validator.ValidateAsync(input))) return Page();
        try
        {
            var created = await events.CreateAsync(input);
            TempData["Status"] = "Editor:Created";
            return RedirectToPage("Edit", new { id = created.Id, step = EditorStep.Details });
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            ModelState.AddError(e, errors);
            return Page();
        }
    }
}
