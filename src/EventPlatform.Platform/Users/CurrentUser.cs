using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;

namespace EventPlatform.Platform.Users;

public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? Id => AmbientContext.Info.UserId
        ?? (accessor.HttpContext is { } context ? context.User.FindUserId() : null);

    public string? TenantRole => accessor.HttpContext?.User.FindFirst(TenantClaimTypes.Role)?.Value;

    public string? Name => accessor.HttpContext?.User.Identity?.Name;
}
