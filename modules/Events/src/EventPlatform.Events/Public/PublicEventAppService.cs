using EventPlatform.Platform.Application;
using Microsoft.AspNetCore.Authorization;

namespace EventPlatform.Events.Public;

/// <summary>Published events for anyone, signed in or not; see <see cref="PublicEventReader"/> for how reads stay in the organization.</summary>
[AllowAnonymous]
public sealed class PublicEventAppService(PublicEventReader reader) : IPublicEventAppService
{
    public async Task<PublicEventDto> GetAsync(string organization, string slug) =>
        PublicEventMapper.ToDto(await reader.GetAsync(organization, slug));

    public Task<PagedResult<PublicEventCardDto>> GetUpcomingListAsync(string organization, PagedRequest input) =>
        reader.GetUpcomingAsync(organization, input);
}
