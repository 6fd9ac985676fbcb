namespace EventPlatform.Events;

/// <summary>Permission names of the Events module; each is also its localization key.</summary>
public static class EventsPermissions
{
    public const string GroupName = "Events";

    public static class Events
    {
        public const string Manage = GroupName + ".Events.Manage";
        public const string Read = GroupName + ".Events.Read";

        /// <summary>Removing a deleted event for good; owners only.</summary>
        public const string Purge = GroupName + ".Events.Purge";
    }
}
