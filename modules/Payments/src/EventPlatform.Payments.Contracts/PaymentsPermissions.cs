namespace EventPlatform.Payments;

/// <summary>Permission names of the Payments module; each is also its localization key.</summary>
public static class PaymentsPermissions
{
    public const string GroupName = "Payments";

    public static class Payments
    {
        public const string Read = GroupName + ".Payments.Read";
    }

    public static class Providers
    {
        public const string Manage = GroupName + ".Providers.Manage";
    }

    public static class Refunds
    {
        public const string Manage = GroupName + ".Refunds.Manage";
    }
}
