using System.Security.Claims;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Sessions;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace EventPlatform.Identity.Profile;

/// <summary>The signed-in user of the request as the profile pages need it: id, account, session, own security events.</summary>
public sealed class CurrentAccount(
    ICurrentUser currentUser,
    UserManager<User> users,
    IHttpContextAccessor http,
    IAuditLog audit,
    ICurrentTenant currentTenant)
{
    public Guid Id => currentUser.Id ?? throw new BusinessException(PlatformErrorCodes.Forbidden, StatusCodes.Status403Forbidden);

    /// <summary>The session of this request's sign-in cookie; null for token or test sign-ins.</summary>
    public Guid? SessionId =>
        Guid.TryParse(http.HttpContext?.User.FindFirstValue(UserSessionStore.SessionIdClaim), out var id) ? id : null;

    public async Task<User> GetUserAsync() =>
        await users.FindByIdAsync(Id.ToString())
        ?? throw new BusinessException(PlatformErrorCodes.NotFound, StatusCodes.Status404NotFound);

    /// <summary>Writes an event about the account. It belongs to the person, not to the organization that happens to be selected.</summary>
    public async Task WriteSecurityEventAsync(string action, object? details = null)
    {
        using (currentTenant.Change(null))
        {
            await audit.WriteAsync(action, SecurityActions.UserEntity, Id.ToString(), details);
        }
    }
}
