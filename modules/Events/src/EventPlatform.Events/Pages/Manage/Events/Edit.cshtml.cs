using EventPlatform.Events.Editor;
using EventPlatform.Events.Events;
using EventPlatform.Events.Series;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.MultiTenancy;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Events.Pages.Manage.Events;

/// <summary>One event: the editor's steps (each posts only its own fields) and the publish actions.</summary>
[Authorize(EventsPermissions.Events.Read)]
public sealed class EditModel(
    IEventAppService events,
    ISeriesAppService series,
    EventCoverService coverService,
    IValidator<EventInput> validator,
    IPermissionChecker permissions,
    ICurrentTenant tenant,
    ITenantStore tenants,
    ErrorLocalizer errors,
    IStringLocalizer<EventsResource> text) : PageModel
{
    [BindProperty]
    public EditorForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Step { get; set; }

    /// <summary>For an occurrence of a series: whether an edit also changes the later occurrences.</summary>
    [BindProperty]
    public SeriesEditScope Scope { get; set; } = SeriesEditScope.ThisOccurrence;

    [BindProperty]
    public ActionForm Actions { get; set; } = new();

    public EventDto Event { get; private set; } = null!;

    public SeriesDto? Series { get; private set; }

    public string? PreviewHtml { get; private set; }

    public string? TenantSlug { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public bool CanManage => permissions.IsGranted(EventsPermissions.Events.Manage);

    public bool CanPurge => permissions.IsGranted(EventsPermissions.Events.Purge);

    public string CurrentStep => EditorStep.Normalize(Step);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input = EditorForm.From(Event);
        return Page();
    }

    /// <summary>Live check of the slug field (small JS in event-editor.js).</summary>
    public async Task<IActionResult> OnGetSlugAsync(Guid id, string? slug) =>
        new JsonResult(await events.CheckSlugAsync(slug ?? "", id));

    public async Task<IActionResult> OnPostAsync(Guid id, string? preview, string? fieldAction)
    {
        await LoadAsync(id);
        // Start from the stored event and take only this step's fields from the post.
        Input = EditorForm.From(Event);
        ModelState.Clear();
        // Rows the organizer removed are simply not posted, so the details step starts from none.
        if (CurrentStep == EditorStep.Details) Input.CustomFields = [];
        await TryUpdateModelAsync(Input, nameof(Input), StepFields(CurrentStep));
        if (preview is not null)
        {
            PreviewHtml = Text.MarkdownText.ToHtml(Input.DescriptionMarkdown) ?? "";
            return Page();
        }

        if (fieldAction is not null)
        {
            ChangeFieldRows(fieldAction);
            return Page();
        }

        if (!ModelState.IsValid || !Input.TryParseCoordinates(ModelState, text["Editor:NumberInvalid"])) return Page();
        var input = Input.ToInput();
        if (!ModelState.AddErrors(await validator.ValidateAsync(input))) return Page();
        try
        {
            await events.UpdateAsync(id, input, Event.SeriesId is null ? SeriesEditScope.ThisOccurrence : Scope);
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            ModelState.AddError(e, errors);
            return Page();
        }

        Status = "Editor:Saved";
        return RedirectToPage(new { id, step = EditorStep.Next(CurrentStep) ?? CurrentStep });
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id) => ActAsync(id, () => events.PublishAsync(id), "Editor:Published");

    public Task<IActionResult> OnPostUnpublishAsync(Guid id) => ActAsync(id, () => events.UnpublishAsync(id), "Editor:Unpublished");

    public Task<IActionResult> OnPostArchiveAsync(Guid id) => ActAsync(id, () => events.ArchiveAsync(id), "Editor:Archived");

    public Task<IActionResult> OnPostRestoreAsync(Guid id) => ActAsync(id, () => events.RestoreAsync(id), "Editor:Restored");

    public Task<IActionResult> OnPostDeleteAsync(Guid id) => ActAsync(id, () => events.DeleteAsync(id), "Editor:Deleted");

    public Task<IActionResult> OnPostUndeleteAsync(Guid id) => ActAsync(id, () => events.UndeleteAsync(id), "Editor:Undeleted");

    public async Task<IActionResult> OnPostPurgeAsync(Guid id)
    {
        try
        {
            await events.PurgeAsync(id, new PurgeEventInput(Actions.ConfirmSlug ?? ""));
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            return await FailAsync(id, e, "Actions.ConfirmSlug");
        }

        TempData["Status"] = "Editor:Purged";
        return RedirectToPage("Index", new { tab = "deleted" });
    }

    public async Task<IActionResult> OnPostCloneAsync(Guid id)
    {
        if (string.IsNullOrWhiteSpace(Actions.CloneTitle) || Actions.CloneStartLocal is null)
        {
            await LoadAsync(id);
            Input = EditorForm.From(Event);
            Step = EditorStep.Publish;
            if (string.IsNullOrWhiteSpace(Actions.CloneTitle)) ModelState.AddModelError("Actions.CloneTitle", text["Editor:Required"]);
            if (Actions.CloneStartLocal is null) ModelState.AddModelError("Actions.CloneStartLocal", text["Editor:Required"]);
            return Page();
        }

        try
        {
            var copy = await events.CloneAsync(id, new CloneEventInput(Actions.CloneTitle.Trim(), Actions.CloneStartLocal.Value));
            Status = "Editor:Cloned";
            return RedirectToPage(new { id = copy.Id, step = EditorStep.Basics });
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            return await FailAsync(id, e, "Actions.CloneStartLocal");
        }
    }

    public async Task<IActionResult> OnPostSeriesAsync(Guid id)
    {
        var custom = Actions.Frequency == RecurrenceFrequency.Custom;
        var input = new CreateSeriesInput(Actions.Frequency, Math.Max(1, Actions.Interval),
            custom || Actions.UntilLocal is not null ? null : Actions.Count,
            custom ? null : Actions.UntilLocal, custom ? Actions.Rule : null);
        try
        {
            await series.CreateAsync(id, input);
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            return await FailAsync(id, e, "Actions.Rule");
        }

        Status = "Editor:SeriesCreated";
        return RedirectToPage(new { id, step = EditorStep.Publish });
    }

    public async Task<IActionResult> OnPostCoverAsync(Guid id, IFormFile? cover)
    {
        try
        {
            if (cover is null) throw new BusinessException(EventsErrorCodes.CoverImageInvalid);
            await using var stream = cover.OpenReadStream();
            await coverService.ChangeAsync(id, await CoverUpload.ReadAsync(stream, cover.Length, HttpContext.RequestAborted), HttpContext.RequestAborted);
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            return await FailAsync(id, e, "cover");
        }

        Status = "Editor:CoverSaved";
        return RedirectToPage(new { id, step = EditorStep.Details });
    }

    public async Task<IActionResult> OnPostRemoveCoverAsync(Guid id)
    {
        await coverService.RemoveAsync(id, HttpContext.RequestAborted);
        Status = "Editor:CoverRemoved";
        return RedirectToPage(new { id, step = EditorStep.Details });
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string status)
    {
        try
        {
            await action();
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            return await FailAsync(id, e, "");
        }

        Status = status;
        return RedirectToPage(new { id, step = EditorStep.Publish });
    }

    private async Task<IActionResult> FailAsync(Guid id, BusinessException e, string key)
    {
        await LoadAsync(id);
        Input = EditorForm.From(Event);
        Step = key == "cover" ? EditorStep.Details : EditorStep.Publish;
        ModelState.AddError(e, errors, key);
        return Page();
    }

    private async Task LoadAsync(Guid id)
    {
        Event = await events.GetAsync(id);
        Series = Event.SeriesId is { } seriesId ? await series.GetAsync(seriesId) : null;
        TenantSlug = tenant.Id is { } tenantId ? (await tenants.FindByIdAsync(tenantId))?.Slug : null;
    }

    private void ChangeFieldRows(string fieldAction)
    {
        if (fieldAction == "add" && Input.CustomFields.Count < EventConsts.MaxCustomFields) Input.CustomFields.Add(new CustomFieldRow());
        else if (fieldAction.StartsWith("remove:", StringComparison.Ordinal) && int.TryParse(fieldAction[7..], out var index)
                 && index >= 0 && index < Input.CustomFields.Count) Input.CustomFields.RemoveAt(index);
    }

    private static System.Linq.Expressions.Expression<Func<EditorForm, object?>>[] StepFields(string step) => step switch
    {
        EditorStep.Basics => [x => x.Title, x => x.Type, x => x.Format, x => x.Visibility, x => x.Summary, x => x.DescriptionMarkdown],
        EditorStep.When => [x => x.StartLocal, x => x.EndLocal, x => x.TimeZone, x => x.Venue, x => x.Address, x => x.City, x => x.PostalCode,
            x => x.CountryCode, x => x.Latitude, x => x.Longitude, x => x.OnlineUrl],
        EditorStep.Details => [x => x.ContactName, x => x.ContactEmail, x => x.ContactPhone, x => x.CustomFields, x => x.Tags, x => x.Slug,
            x => x.HideFromSearchEngines],
        _ => [],
    };
}

/// <summary>Inputs of the publish step's actions (clone, series, purge confirmation).</summary>
public sealed class ActionForm
{
    public string? CloneTitle { get; set; }
    public DateTime? CloneStartLocal { get; set; }
    public RecurrenceFrequency Frequency { get; set; } = RecurrenceFrequency.Weekly;
    public int Interval { get; set; } = 1;
    public int? Count { get; set; } = 4;
    public DateTime? UntilLocal { get; set; }
    public string? Rule { get; set; }
    public string? ConfirmSlug { get; set; }
}
