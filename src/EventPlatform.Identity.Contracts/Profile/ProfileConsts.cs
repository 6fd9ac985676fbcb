namespace EventPlatform.Identity.Profile;

/// <summary>Limits of the profile, the avatar and the session list, shared by validators, services and the EF mapping.</summary>
public static class ProfileConsts
{
    /// <summary>Largest avatar accepted, in bytes (1 MiB).</summary>
    public const int MaxAvatarBytes = 1024 * 1024;

    /// <summary>Image types an avatar may have; checked against the file's own signature, not only the declared type.</summary>
    public static readonly IReadOnlyList<string> AvatarContentTypes = ["image/png", "image/jpeg", "image/webp"];

    public const int MaxUserAgentLength = 512;
    public const int MaxIpAddressLength = 64;

    /// <summary>A session's "last seen" time is written at most this often, so browsing does not write on every request.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>Rows per page of the security logs.</summary>
    public const int SecurityLogPageSize = 25;
}
