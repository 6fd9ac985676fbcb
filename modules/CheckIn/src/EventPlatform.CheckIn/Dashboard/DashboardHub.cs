using System.Security.Claims;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace EventPlatform.CheckIn.Dashboard;

/// <summary>
/// The live dashboard's connection. Signed-in users (the page's cookie, or a bearer token) join one event's group; only
/// with <see cref="CheckInPermissions.Dashboard.Read"/> in the organization they are signed in to, and only for that
/// organization's events. The hub only sends; <see cref="DashboardPublisher"/> does.
/// </summary>
[Authorize]
public sealed class DashboardHub(IEventCatalog events, PermissionChecker permissions, ICurrentTenant tenant, DashboardWatchers watchers) : Hub
{
    public static string GroupOf(Guid eventId) => "checkin-dashboard:" + eventId.ToString("N");

    public async Task Join(Guid eventId)
    {
        var user = Context.User ?? throw new HubException(DashboardHubConsts.Refused);
        // The organization the connection's request resolved (membership checked); its role claim is the one held there.
        if (!Guid.TryParse(user.FindFirstValue(TenantClaimTypes.TenantId), out var organization)) throw new HubException(DashboardHubConsts.Refused);
        using (tenant.Change(organization))
        {
            // Another organization's event is not found in this one: refused the same way, so its existence is not revealed.
            if (!permissions.IsGranted(user, CheckInPermissions.Dashboard.Read) || await events.FindAsync(eventId, Context.ConnectionAborted) is null)
            {
                throw new HubException(DashboardHubConsts.Refused);
            }
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(eventId), Context.ConnectionAborted);
        if (Watched.Add(eventId)) watchers.Joined(eventId);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var eventId in Watched) watchers.Left(eventId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>The events this connection joined (a re-join after a reconnect is a new connection).</summary>
    private HashSet<Guid> Watched =>
        (HashSet<Guid>)(Context.Items.TryGetValue(nameof(Watched), out var set) ? set! : Context.Items[nameof(Watched)] = new HashSet<Guid>());
}
