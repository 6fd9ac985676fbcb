namespace EventPlatform.Ticketing;

/// <summary>Permission names of the Ticketing module; each is also its localization key.</summary>
public static class TicketingPermissions
{
    public const string GroupName = "Ticketing";

    public static class TicketTypes
    {
        public const string Manage = GroupName + ".TicketTypes.Manage";
    }

    public static class Registrations
    {
        public const string Manage = GroupName + ".Registrations.Manage";
    }
}
