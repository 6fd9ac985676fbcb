using System.Security.Claims;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Platform.Tests.Authorization;

/// <summary>Signed-in users as the authentication handlers build them: user id, selected organization, role there.</summary>
internal static class Principals
{
    public static ClaimsPrincipal Member(Guid userId, Guid organization, string role) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
            new Claim(TenantClaimTypes.TenantId, organization.ToString()),
            new Claim(TenantClaimTypes.Role, role),
        ],
        authenticationType: "Test"));

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());
}
