using System.Security.Claims;

namespace EventPlatform.Platform.Users;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The user id of a principal (<c>NameIdentifier</c> or OpenID Connect <c>sub</c>), or null when absent or not a GUID.</summary>
    public static Guid? FindUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub"), out var id) ? id : null;
}
