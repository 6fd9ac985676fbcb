namespace EventPlatform.Identity;

/// <summary>Permission names of the Identity module; each is also its localization key.</summary>
public static class IdentityPermissions
{
    public const string GroupName = "Identity";

    public static class Organization
    {
        /// <summary>Rename the organization, change its settings and branding.</summary>
        public const string Manage = GroupName + ".Organization.Manage";

        /// <summary>Delete the organization (Owner only).</summary>
        public const string Delete = GroupName + ".Organization.Delete";
    }

    public static class Members
    {
        public const string Read = GroupName + ".Members.Read";

        /// <summary>Invite people, change roles, remove members.</summary>
        public const string Manage = GroupName + ".Members.Manage";
    }

    public static class ApiTokens
    {
        public const string Manage = GroupName + ".ApiTokens.Manage";
    }

    public static class SecurityLog
    {
        /// <summary>See the organization's security events.</summary>
        public const string Read = GroupName + ".SecurityLog.Read";
    }
}
