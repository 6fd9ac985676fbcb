using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Speakers;

/// <summary>The organization's speakers, linked to sessions through <see cref="Sessions.ISessionAppService.SetSpeakersAsync"/>.</summary>
public interface ISpeakerAppService : IApplicationService
{
    Task<IReadOnlyList<SpeakerDto>> GetListAsync(string? filter = null);

    Task<SpeakerDto> GetAsync(Guid id);

    Task<SpeakerDto> CreateAsync(SpeakerInput input);

    Task<SpeakerDto> UpdateAsync(Guid id, SpeakerInput input);

    Task DeleteAsync(Guid id);
}
