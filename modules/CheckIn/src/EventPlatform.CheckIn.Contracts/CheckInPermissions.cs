namespace EventPlatform.CheckIn;

/// <summary>Permission names of the Check-in module; each is also its localization key.</summary>
public static class CheckInPermissions
{
    public const string GroupName = "CheckIn";

    public static class CheckIn
    {
        public const string Scan = GroupName + ".CheckIn.Scan";

        /// <summary>Undo anyone's scan and resolve conflicts between gates.</summary>
        public const string Supervise = GroupName + ".CheckIn.Supervise";
    }

    public static class Lists
    {
        public const string Manage = GroupName + ".Lists.Manage";
    }

    public static class Dashboard
    {
        public const string Read = GroupName + ".Dashboard.Read";
    }
}
