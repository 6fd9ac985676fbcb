namespace EventPlatform.CheckIn.Dashboard;

/// <summary>The live check-in dashboard's SignalR contract: where the hub is, what a client calls and what it receives.</summary>
public static class DashboardHubConsts
{
    public const string Path = "/hubs/check-in-dashboard";

    /// <summary>Hub method a client calls with an event id to receive that event's updates (<see cref="CheckInPermissions.Dashboard.Read"/>).</summary>
    public const string Join = "Join";

    /// <summary>Client method the hub calls with a <see cref="DashboardUpdateDto"/>.</summary>
    public const string Update = "update";

    /// <summary>The refusal a client gets for an event it may not watch (another organization's, or no permission).</summary>
    public const string Refused = "CheckIn:DashboardRefused";

    public const int RecentScans = 20;

    /// <summary>Width of a bar of the arrivals chart.</summary>
    public static readonly TimeSpan ArrivalBucket = TimeSpan.FromMinutes(15);
}
