using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Public;

/// <summary>
/// What anyone may read of an organization's events, without signing in: a published event by its link
/// (public or unlisted) and the organization's upcoming public events. Reads run inside that organization.
/// </summary>
public interface IPublicEventAppService : IApplicationService
{
    /// <summary>A published, non-deleted event of <paramref name="organization"/> (its slug); anything else answers 404.</summary>
    [RemoteService(Route = "public/{organization}/events/{slug}")]
    Task<PublicEventDto> GetAsync(string organization, string slug);

    /// <summary>Published public events of <paramref name="organization"/> that have not ended, soonest first.</summary>
    [RemoteService(Route = "public/{organization}/events")]
    Task<PagedResult<PublicEventCardDto>> GetUpcomingListAsync(string organization, PagedRequest input);
}
