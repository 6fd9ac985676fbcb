using EventPlatform.Events.Pages.Manage.Agenda;
using EventPlatform.Events.Services.Agenda;
using EventPlatform.Events.Speakers;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Manage.Speakers;

/// <summary>Adds a speaker (<c>/manage/speakers/new</c>) or edits one, with photo, bio and social links.</summary>
[Authorize(EventsPermissions.Events.Manage)]
public sealed class EditModel(SpeakerAppService speakers, IValidator<SpeakerInput> validator, ErrorLocalizer errors) : PageModel
{
    /// <summary>"new" or the speaker's id.</summary>
    [FromRoute]
    public string SpeakerId { get; set; } = "";

    [BindProperty]
    public SpeakerForm Input { get; set; } = new();

    public SpeakerDto? Speaker { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public bool IsNew => Speaker is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Speaker is not null) Input = SpeakerForm.From(Speaker);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? photo)
    {
        if (!await LoadAsync()) return NotFound();
        var input = Input.ToInput();
        if (!ModelState.AddErrors(await validator.ValidateAsync(input), nameof(Input), errors)) return Page();
        try
        {
            // The photo is checked before anything is saved, so a wrong file changes nothing.
            SpeakerPhotoUpload? upload = null;
            if (photo is { Length: > 0 })
            {
                await using var stream = photo.OpenReadStream();
                upload = await SpeakerPhotoUpload.ReadAsync(stream, photo.Length, HttpContext.RequestAborted);
            }

            var saved = Speaker is null ? await speakers.CreateAsync(input) : await speakers.UpdateAsync(Speaker.Id, input);
            if (upload is not null) await speakers.ChangePhotoAsync(saved.Id, upload, HttpContext.RequestAborted);
            else if (Input.RemovePhoto) await speakers.RemovePhotoAsync(saved.Id, HttpContext.RequestAborted);
            Status = Speaker is null ? "Agenda:SpeakerCreated" : "Agenda:SpeakerSaved";
            return Redirect($"/manage/speakers/{saved.Id}");
        }
        catch (BusinessException e) when (e.StatusCode != StatusCodes.Status404NotFound)
        {
            ModelState.AddError(e, errors, e.Code == EventsErrorCodes.SpeakerPhotoInvalid ? "photo" : "");
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await LoadAsync() || Speaker is null) return NotFound();
        await speakers.DeleteAsync(Speaker.Id);
        Status = "Agenda:SpeakerDeleted";
        return Redirect("/manage/speakers");
    }

    private async Task<bool> LoadAsync()
    {
        if (SpeakerId == "new") return true;
        if (!Guid.TryParse(SpeakerId, out var id)) return false;
        Speaker = await speakers.GetAsync(id);
        return true;
    }
}
