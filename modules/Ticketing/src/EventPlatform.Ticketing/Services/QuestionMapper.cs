using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Services;

public static class QuestionMapper
{
    public static QuestionDto ToDto(Question q) =>
        new(q.Id, q.EventId, q.Label, q.Help, q.Type, q.Scope, q.IsRequired, q.Options, q.TicketTypeIds, q.SortOrder);
}
