using EventPlatform.CheckIn.Dashboard;

namespace EventPlatform.CheckIn.Tests.Dashboard;

public sealed class DashboardWatchersTests
{
    [Fact]
    public void Should_watch_an_event_while_one_of_its_dashboards_is_open_on_this_node()
    {
        var watchers = new DashboardWatchers(backplane: false);
        var watched = Guid.NewGuid();

        watchers.Joined(watched);
        watchers.Joined(watched);
        watchers.Left(watched);
        watchers.AnyoneWatching(watched).ShouldBeTrue();
        watchers.Left(watched);
        watchers.AnyoneWatching(watched).ShouldBeFalse();
        watchers.AnyoneWatching(Guid.NewGuid()).ShouldBeFalse();
    }

    [Fact]
    public void Should_push_every_event_with_a_backplane_since_its_dashboards_may_be_on_another_node() =>
        new DashboardWatchers(backplane: true).AnyoneWatching(Guid.NewGuid()).ShouldBeTrue();
}
