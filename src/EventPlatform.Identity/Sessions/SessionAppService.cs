using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Sessions;

[Authorize]
public sealed class SessionAppService(
    IdentityModuleDbContext db,
    CurrentAccount account,
    UserManager<User> users,
    SignInManager<User> signIn) : ISessionAppService
{
    public async Task<IReadOnlyList<SessionDto>> GetListAsync()
    {
        var userId = account.Id;
        var current = account.SessionId;
        var sessions = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.LastSeenAt)
            .ToListAsync();
        return sessions.Select(s =>
        {
            var (browser, system) = DeviceDescription.Describe(s.UserAgent);
            return new SessionDto(s.Id, browser, system, s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt, s.Id == current);
        }).ToList();
    }

    public async Task DeleteAsync(Guid id)
    {
        var userId = account.Id;
        // Someone else's session id answers like an unknown one.
        var deleted = await db.UserSessions.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            throw new BusinessException(ProfileErrorCodes.SessionNotFound, StatusCodes.Status404NotFound);
        }

        await account.WriteSecurityEventAsync(SecurityActions.SignedOut, new { session = id });
        if (id == account.SessionId) await signIn.SignOutAsync();
    }

    public async Task SignOutEverywhereAsync()
    {
        var user = await account.GetUserAsync();
        var ended = await db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync();
        // A new security stamp also retires any credential issued outside the session store.
        await users.UpdateSecurityStampAsync(user);
        await account.WriteSecurityEventAsync(SecurityActions.SignedOutEverywhere, new { sessions = ended });
        await signIn.SignOutAsync();
    }
}
