using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.SecurityLog;

/// <summary>One page of a security log as the pages show it: 1-based page number, times in the reader's zone.</summary>
public sealed record SecurityEventPage(PagedResult<SecurityEventDto> Events, int Page, TimeZoneInfo Zone, bool ShowActor)
{
    public const int PageSize = ProfileConsts.SecurityLogPageSize;

    public int PageCount => (int)Math.Max(1, (Events.TotalCount + PageSize - 1) / PageSize);

    public static PagedRequest Request(int page) => new() { Skip = (Math.Max(1, page) - 1) * PageSize, Take = PageSize };
}
