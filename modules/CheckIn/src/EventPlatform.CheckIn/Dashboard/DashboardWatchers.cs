namespace EventPlatform.CheckIn.Dashboard;

/// <summary>
/// Which events have a dashboard open on this node. Without a backplane a node's pushes reach only its own connections,
/// so an event nobody watches here needs no counting and no message: gates scanning all day with no dashboard open cost
/// nothing extra (the counting was a tenth of the host's time at 300 scans/s). With the Redis backplane a dashboard may
/// be connected to any node, so every event is pushed.
/// </summary>
public sealed class DashboardWatchers(bool backplane)
{
    private readonly Dictionary<Guid, int> _open = [];

    public void Joined(Guid eventId)
    {
        lock (_open) _open[eventId] = _open.GetValueOrDefault(eventId) + 1;
    }

    public void Left(Guid eventId)
    {
        lock (_open)
        {
            if (_open.GetValueOrDefault(eventId) <= 1) _open.Remove(eventId);
            else _open[eventId]--;
        }
    }

    public bool AnyoneWatching(Guid eventId)
    {
        if (backplane) return true;
        lock (_open) return _open.ContainsKey(eventId);
    }
}
