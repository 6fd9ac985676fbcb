using EventPlatform.Platform.Application;

namespace EventPlatform.Ticketing.Questions;

/// <summary>Custom registration questions of an event (<see cref="TicketingPermissions.TicketTypes.Manage"/>).</summary>
public interface IQuestionAppService : IApplicationService
{
    [RemoteService(Route = "events/{eventId}/questions")]
    Task<IReadOnlyList<QuestionDto>> GetListAsync(Guid eventId);

    [RemoteService(Route = "events/{eventId}/questions")]
    Task<QuestionDto> CreateAsync(Guid eventId, QuestionInput input);

    Task<QuestionDto> UpdateAsync(Guid id, QuestionInput input);

    Task DeleteAsync(Guid id);
}
