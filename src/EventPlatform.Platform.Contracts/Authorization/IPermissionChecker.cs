namespace EventPlatform.Platform.Authorization;

public interface IPermissionChecker
{
    /// <summary>True when the current user's role in the current organization grants <paramref name="permission"/>.</summary>
    bool IsGranted(string permission);
}
