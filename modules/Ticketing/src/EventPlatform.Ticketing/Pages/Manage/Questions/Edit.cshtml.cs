using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.TicketTypes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EventPlatform.Ticketing.Pages.Manage.Questions;

/// <summary>Adds or edits a custom question asked at checkout.</summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class EditModel(
    TicketingEvents events,
    IQuestionAppService questions,
    ITicketTypeAppService ticketTypes,
    IValidator<QuestionInput> validator,
    ErrorLocalizer errors) : ManagePage(events)
{
    // Validator paths -> the form's fields (the options are one textarea).
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Options"] = nameof(QuestionForm.OptionsText),
        ["Options.Count"] = nameof(QuestionForm.OptionsText),
    };

    private static readonly Dictionary<string, string> CodeFields = new(StringComparer.Ordinal)
    {
        [TicketingErrorCodes.TicketTypeNotFound] = nameof(QuestionForm.TicketTypeIds),
        [TicketingErrorCodes.AnswerInvalid] = nameof(QuestionForm.OptionsText),
    };

    /// <summary>"new" or the question's id.</summary>
    [FromRoute]
    public string QuestionId { get; set; } = "";

    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    public QuestionDto? Question { get; private set; }

    public IReadOnlyList<TicketTypeDto> TicketTypes { get; private set; } = [];

    public bool IsNew => Question is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Question is not null) Input = QuestionForm.From(Question);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        ModelState.Clear();
        var input = Input.ToInput();
        if (!ModelState.AddErrors(await validator.ValidateAsync(input), Fields)) return Page();
        try
        {
            if (Question is null) await questions.CreateAsync(EventId, input);
            else await questions.UpdateAsync(Question.Id, input);
            Status = Question is null ? "Manage:QuestionCreated" : "Manage:QuestionSaved";
            return Redirect($"/manage/events/{EventId}/questions");
        }
        catch (BusinessException e) when (e.StatusCode != StatusCodes.Status404NotFound || e.Code == TicketingErrorCodes.TicketTypeNotFound)
        {
            ModelState.AddError(e, errors, CodeFields);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await LoadAsync() || Question is null) return NotFound();
        await questions.DeleteAsync(Question.Id);
        Status = "Manage:QuestionDeleted";
        return Redirect($"/manage/events/{EventId}/questions");
    }

    private async Task<bool> LoadAsync()
    {
        var (valid, id) = ParseId(QuestionId);
        if (!valid || !await LoadEventAsync()) return false;
        TicketTypes = await ticketTypes.GetListAsync(EventId);
        if (id is null) return true;
        Question = (await questions.GetListAsync(EventId)).FirstOrDefault(q => q.Id == id);
        return Question is not null;
    }
}
