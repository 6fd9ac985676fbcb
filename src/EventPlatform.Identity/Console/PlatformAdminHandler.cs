using EventPlatform.Identity.Data;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.PlatformConsole;

/// <summary>Reads <c>User.IsPlatformAdmin</c> on every request, so granting or revoking it applies at once, whatever the sign-in.</summary>
public sealed class PlatformAdminHandler(IdentityModuleDbContext db) : AuthorizationHandler<PlatformAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlatformAdminRequirement requirement)
    {
        if (context.User.FindUserId() is { } userId
            && await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.IsPlatformAdmin && u.ErasedAt == null))
        {
            context.Succeed(requirement);
        }
    }
}
