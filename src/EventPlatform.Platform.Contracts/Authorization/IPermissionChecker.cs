namespace EventPlatform.Platform.Authorization;

public interface IPermissionChecker
{
    /// <summary>True when the current user's role in the current organization grants <paramref name="permission"/>.</summary>
    bool IsGranted(string permission);
}

public static class PermissionCheckerExtensions
{
    /// <summary>
    /// Throws 403 unless <paramref name="permission"/> is granted. The HTTP API checks <c>[Authorize]</c>; pages call
    /// app services in-process, so services check again with this.
    /// </summary>
    public static void EnsureGranted(this IPermissionChecker checker, string permission)
    {
        if (!checker.IsGranted(permission))
        {
            throw new Exceptions.BusinessException(Exceptions.PlatformErrorCodes.Forbidden, 403);
        }
    }
}
