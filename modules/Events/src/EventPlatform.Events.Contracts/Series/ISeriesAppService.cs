using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Series;

public interface ISeriesAppService : IApplicationService
{
    /// <summary>Makes <paramref name="eventId"/> the first occurrence of a new series.</summary>
    Task<SeriesDto> CreateAsync(Guid eventId, CreateSeriesInput input);

    Task<SeriesDto> GetAsync(Guid id);
}
