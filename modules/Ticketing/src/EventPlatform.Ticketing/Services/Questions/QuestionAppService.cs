using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Questions;

/// <summary>Custom questions asked at checkout, once per order or for each attendee (optionally only holders of some ticket types).</summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class QuestionAppService(
    TicketingDbContext db,
    TicketingEvents events,
    EventTicketTypes ticketTypes,
    IPermissionChecker permissions) : IQuestionAppService
{
    public async Task<IReadOnlyList<QuestionDto>> GetListAsync(Guid eventId)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        await events.GetAsync(eventId);
        var questions = await db.Questions.AsNoTracking().Where(q => q.EventId == eventId)
            .OrderBy(q => q.SortOrder).ThenBy(q => q.CreatedAt).ToListAsync();
        return questions.Select(QuestionMapper.ToDto).ToList();
    }

    public async Task<QuestionDto> CreateAsync(Guid eventId, QuestionInput input)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        await events.GetAsync(eventId);
        var question = new Question(eventId, input.Label, input.Type, input.Scope);
        await ApplyAsync(question, input);
        db.Questions.Add(question);
        await db.SaveChangesAsync();
        return QuestionMapper.ToDto(question);
    }

    public async Task<QuestionDto> UpdateAsync(Guid id, QuestionInput input)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        var question = await FindAsync(id);
        await ApplyAsync(question, input);
        await db.SaveChangesAsync();
        return QuestionMapper.ToDto(question);
    }

    /// <summary>Removes the question; orders keep the answers they were given (with the question's label).</summary>
    public async Task DeleteAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        db.Questions.Remove(await FindAsync(id));
        await db.SaveChangesAsync();
    }

    private async Task ApplyAsync(Question question, QuestionInput input)
    {
        // Order questions ask the buyer once, so a ticket type filter would mean nothing; the entity drops it.
        var typeIds = input.Scope == QuestionScope.Attendee ? await ticketTypes.EnsureOfEventAsync(question.EventId, input.TicketTypeIds) : [];
        question.Relabel(input.Label, input.Help);
        question.Change(input.Type, input.Scope, input.IsRequired, input.Options ?? [], typeIds, input.SortOrder);
    }

    private async Task<Question> FindAsync(Guid id) =>
        await db.Questions.FirstOrDefaultAsync(q => q.Id == id)
        ?? throw new BusinessException(TicketingErrorCodes.QuestionNotFound, 404).WithData("question", id);
}
