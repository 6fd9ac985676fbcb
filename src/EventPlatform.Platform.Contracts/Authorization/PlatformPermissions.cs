namespace EventPlatform.Platform.Authorization;

/// <summary>The kernel's permissions. Each name is also its localization key (display text) in the Platform resource.</summary>
public static class PlatformPermissions
{
    public const string GroupName = "Platform";

    public static class AuditLog
    {
        public const string Read = GroupName + ".AuditLog.Read";
    }

    public static class Settings
    {
        public const string Manage = GroupName + ".Settings.Manage";
    }
}
