using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EventPlatform.Ticketing.Pages.Manage.Questions;

/// <summary>The questions buyers answer at checkout, in the order they are asked.</summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class IndexModel(TicketingEvents events, IQuestionAppService questions, ITicketTypeAppService ticketTypes) : ManagePage(events)
{
    public IReadOnlyList<QuestionDto> Questions { get; private set; } = [];

    public IReadOnlyList<TicketTypeDto> TicketTypes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadEventAsync()) return NotFound();
        Questions = await questions.GetListAsync(EventId);
        TicketTypes = await ticketTypes.GetListAsync(EventId);
        return Page();
    }

    public IEnumerable<string> TypeNamesOf(QuestionDto question) =>
        question.TicketTypeIds.Select(id => TicketTypes.FirstOrDefault(t => t.Id == id)?.Name).OfType<string>();
}
