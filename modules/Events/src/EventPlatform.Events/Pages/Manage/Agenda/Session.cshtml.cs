using EventPlatform.Events.Events;
using EventPlatform.Events.Services.Agenda;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Speakers;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Manage.Agenda;

/// <summary>Adds a session (<c>sessions/new</c>) or edits one: details, speakers, files, cancel and reschedule.</summary>
[Authorize(EventsPermissions.Events.Manage)]
public sealed class SessionModel(
    IEventAppService events,
    SessionAppService sessions,
    SessionAttachmentService attachments,
    ISpeakerAppService speakers,
    IValidator<SessionInput> validator,
    ErrorLocalizer errors) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>"new" or the session's id.</summary>
    [FromRoute]
    public string SessionId { get; set; } = "";

    [BindProperty]
    public SessionForm Input { get; set; } = new();

    public EventDto Event { get; private set; } = null!;
    public SessionDto? Session { get; private set; }
    public IReadOnlyList<SpeakerDto> AllSpeakers { get; private set; } = [];
    public (long Used, long Quota) Storage { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public bool IsNew => Session is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input = Session is null ? await NextSlotAsync() : SessionForm.From(Session);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        var input = Input.ToInput();
        if (!ModelState.AddErrors(await validator.ValidateAsync(input), nameof(Input), errors)) return Page();
        try
        {
            var saved = Session is null ? await sessions.CreateAsync(Id, input) : await sessions.UpdateAsync(Session.Id, input);
            var wanted = Input.ToSpeakers();
            if (!wanted.Select(s => (s.SpeakerId, s.Role)).SequenceEqual(saved.Speakers.Select(s => (s.SpeakerId, s.Role))))
            {
                await sessions.SetSpeakersAsync(saved.Id, wanted);
            }

            Status = Session is null ? "Agenda:SessionCreated" : "Agenda:SessionSaved";
            return Redirect($"/manage/events/{Id}/sessions/{saved.Id}");
        }
        catch (BusinessException e) when (e.StatusCode != StatusCodes.Status404NotFound)
        {
            ModelState.AddError(e, errors, e.Code == EventsErrorCodes.SessionOutsideEvent || e.Code == EventsErrorCodes.EndBeforeStart ? "Input.StartLocal" : "");
            return Page();
        }
    }

    public Task<IActionResult> OnPostUploadAsync(IFormFile? file) => OnSessionAsync("file", async session =>
    {
        if (file is null) throw new BusinessException(EventsErrorCodes.AttachmentTypeNotAllowed);
        await using var stream = file.OpenReadStream();
        var upload = await SessionFileUpload.ReadAsync(stream, file.FileName, file.Length, HttpContext.RequestAborted);
        await attachments.UploadAsync(session.Id, upload, HttpContext.RequestAborted);
        return "Agenda:FileUploaded";
    });

    public Task<IActionResult> OnPostDeleteFileAsync(Guid attachmentId) => OnSessionAsync("file", async session =>
    {
        await attachments.DeleteAsync(session.Id, attachmentId, HttpContext.RequestAborted);
        return "Agenda:FileDeleted";
    });

    public Task<IActionResult> OnPostCancelAsync(string? reason) => OnSessionAsync("reason", async session =>
    {
        await sessions.CancelAsync(session.Id, new CancelSessionInput(string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        return "Agenda:SessionCancelled";
    });

    public Task<IActionResult> OnPostRescheduleAsync(DateTime? newStart, DateTime? newEnd) => OnSessionAsync("newStart", async session =>
    {
        if (newStart is null || newEnd is null) throw new BusinessException(EventsErrorCodes.EndBeforeStart);
        await sessions.RescheduleAsync(session.Id, new RescheduleSessionInput(newStart.Value, newEnd.Value));
        return "Agenda:SessionRescheduled";
    });

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await LoadAsync() || Session is null) return NotFound();
        await sessions.DeleteAsync(Session.Id);
        Status = "Agenda:SessionDeleted";
        return Redirect($"/manage/events/{Id}/agenda");
    }

    // The side forms (files, cancel, reschedule) act on an existing session and show their error next to their own field.
    private async Task<IActionResult> OnSessionAsync(string errorKey, Func<SessionDto, Task<string>> action)
    {
        if (!await LoadAsync() || Session is null) return NotFound();
        try
        {
            Status = await action(Session);
            return Redirect($"/manage/events/{Id}/sessions/{Session.Id}");
        }
        catch (BusinessException e) when (e.StatusCode != StatusCodes.Status404NotFound)
        {
            ModelState.AddError(e, errors, errorKey);
            Input = SessionForm.From(Session);
            return Page();
        }
    }

    // A new session starts where the agenda ends so far (or with the event), for an hour that still fits in the event.
    private async Task<SessionForm> NextSlotAsync()
    {
        var last = (await sessions.GetListAsync(Id)).Where(s => !s.IsCancelled).MaxBy(s => s.EndsAt);
        var start = last is not null && last.EndLocal < Event.EndLocal ? last.EndLocal : Event.StartLocal;
        var end = start.AddHours(1) <= Event.EndLocal ? start.AddHours(1) : Event.EndLocal;
        return new SessionForm { StartLocal = start, EndLocal = end };
    }

    private async Task<bool> LoadAsync()
    {
        Event = await events.GetAsync(Id);
        if (SessionId != "new")
        {
            if (!Guid.TryParse(SessionId, out var sessionId)) return false;
            Session = await sessions.GetAsync(sessionId);
            if (Session.EventId != Id) return false;
        }

        AllSpeakers = await speakers.GetListAsync();
        Storage = await attachments.GetUsageAsync(HttpContext.RequestAborted);
        return true;
    }
}
