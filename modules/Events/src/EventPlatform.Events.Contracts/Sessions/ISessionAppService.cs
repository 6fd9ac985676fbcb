using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Sessions;

/// <summary>The agenda of one of the organization's events.</summary>
public interface ISessionAppService : IApplicationService
{
    Task<IReadOnlyList<SessionDto>> GetListAsync(Guid eventId);

    Task<SessionDto> GetAsync(Guid id);

    Task<SessionDto> CreateAsync(Guid eventId, SessionInput input);

    Task<SessionDto> UpdateAsync(Guid id, SessionInput input);

    Task DeleteAsync(Guid id);

    Task<SessionDto> CancelAsync(Guid id, CancelSessionInput input);

    /// <summary>Moves a session (and brings back a cancelled one) to new times, raising its calendar sequence.</summary>
    Task<SessionDto> RescheduleAsync(Guid id, RescheduleSessionInput input);

    Task<SessionDto> SetSpeakersAsync(Guid id, IReadOnlyList<SessionSpeakerInput> speakers);
}
