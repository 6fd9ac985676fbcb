using Microsoft.AspNetCore.Authorization;

namespace EventPlatform.Platform.Authorization;

/// <summary>Decides <see cref="PermissionRequirement"/>s with the <see cref="PermissionChecker"/>.</summary>
public sealed class PermissionAuthorizationHandler(PermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (checker.IsGranted(context.User, requirement.Permission)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
