using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Profile;

/// <summary>The signed-in user's active sessions (<c>api/identity/session</c>); a removed session stops working at once.</summary>
public interface ISessionAppService : IApplicationService
{
    Task<IReadOnlyList<SessionDto>> GetListAsync();

    Task DeleteAsync(Guid id);

    /// <summary>Ends every session of the user, this one included.</summary>
    Task SignOutEverywhereAsync();
}
