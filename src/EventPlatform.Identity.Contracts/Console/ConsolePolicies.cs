namespace EventPlatform.Identity.PlatformConsole;

public static class ConsolePolicies
{
    /// <summary>Authorization policy: the signed-in user is a platform administrator (<c>User.IsPlatformAdmin</c>).</summary>
    public const string PlatformAdmin = "PlatformAdmin";
}
