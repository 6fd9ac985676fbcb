using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Profile;

/// <summary>The signed-in user's own security events, newest first (<c>api/identity/account-security-log</c>).</summary>
public interface IAccountSecurityLogAppService : IApplicationService
{
    Task<PagedResult<SecurityEventDto>> GetListAsync(PagedRequest input);
}
