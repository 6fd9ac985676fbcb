using System.Diagnostics;
using EventPlatform.CheckIn.Dashboard;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.CheckIn.Tests.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.CheckIn.Tests.Dashboard;

/// <summary>The live dashboard's hub: who may watch an event, and what a dashboard receives after a scan.</summary>
[Collection(CheckInCollection.Name)]
public sealed class DashboardHubTests(CheckInTestFactory factory)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly CheckInApi _api = CheckInApi.ForOrganizationA(factory);
    private readonly HttpClient _staff = factory.CreateClientFor(TestData.StaffA, TestData.OrgA);

    [Fact]
    public async Task Should_push_a_scan_to_the_events_dashboard_within_a_second_with_the_counts_after_it()
    {
        var (@event, general, workshop) = await _api.EventAsync("Live Hall");
        var (_, ada) = await _api.BuyAsync(@event, general);
        await _api.BuyAsync(@event, general, "Grace Hopper");
        await _api.BuyAsync(@event, workshop, "Alan Turing");
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main entrance"));
        await using var dashboard = await DashboardClient.ConnectAsync(factory, TestData.AdminA, TestData.OrgA);
        await dashboard.JoinAsync(@event.Id);

        var scan = await CheckInApi.ScanAsync(_staff, list, ada.Code);
        var clock = Stopwatch.StartNew();
        var update = await dashboard.WaitForAsync(s => s.ScanId == scan.ScanId, Second);
        clock.Stop();

        update.ShouldNotBeNull($"no update within a second of the scan");
        var pushed = update.Scans.Single(s => s.ScanId == scan.ScanId);
        pushed.Outcome.ShouldBe(ScanOutcome.Valid);
        pushed.Direction.ShouldBe(ScanDirection.Entry);
        pushed.ListId.ShouldBe(list.Id);
        pushed.AttendeeName.ShouldBe("Ada Lovelace");
        pushed.TicketTypeName.ShouldBe("General");
        pushed.TicketTypeId.ShouldBe(general.Id);
        pushed.Undone.ShouldBeFalse();
        pushed.CommittedAt.ShouldBeGreaterThanOrEqualTo(pushed.ScannedAt);
        update.EventId.ShouldBe(@event.Id);
        update.CheckedIn.Lists[list.Id].ShouldBe(1);
        update.CheckedIn.TicketTypes[general.Id].ShouldBe(1);
        update.CheckedIn.TicketTypes.ShouldNotContainKey(workshop.Id);
    }

    [Fact]
    public async Task Should_count_a_second_scan_of_the_same_ticket_once_and_take_an_undone_scan_back()
    {
        var (@event, general, _) = await _api.EventAsync("Live Undo");
        var (_, ada) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Door"));
        await using var dashboard = await DashboardClient.ConnectAsync(factory, TestData.UserA, TestData.OrgA);
        await dashboard.JoinAsync(@event.Id);

        var first = await CheckInApi.ScanAsync(_staff, list, ada.Code);
        var again = await CheckInApi.ScanAsync(_staff, list, ada.Code);
        var repeated = await dashboard.WaitForAsync(s => s.ScanId == again.ScanId, Second);
        (await _staff.PostAsync($"api/checkin/scan/{first.ScanId}/undo", null)).EnsureSuccessStatusCode();
        var undone = await dashboard.WaitForAsync(s => s.ScanId == first.ScanId && s.Undone, Second);

        repeated.ShouldNotBeNull().Scans.Single(s => s.ScanId == again.ScanId).Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
        repeated.CheckedIn.Lists[list.Id].ShouldBe(1);
        repeated.CheckedIn.TicketTypes[general.Id].ShouldBe(1);
        // The push with the undone scan carries counts taken before it when the last count is younger than ten times its
        // cost (a count over 10 ms, on a busy machine); a counts-only follow-up then brings the new ones within a second.
        var settled = undone.ShouldNotBeNull().CheckedIn.Lists.GetValueOrDefault(list.Id) == 0
            ? undone
            : await dashboard.WaitForUpdateAsync(u => u.Scans.Count == 0, 3 * Second);
        settled.ShouldNotBeNull().CheckedIn.Lists.GetValueOrDefault(list.Id).ShouldBe(0);
        settled.CheckedIn.TicketTypes.GetValueOrDefault(general.Id).ShouldBe(0);
    }

    [Fact]
    public async Task Should_follow_counts_that_left_out_the_pushed_scans_with_a_counts_only_update()
    {
        // As for an event so large that counting it costs a tenth of this: the counts are kept this long.
        var run = await TwoScansAsync("Live Large", publisher =>
        {
            publisher.MinCountAge = TimeSpan.FromSeconds(2);
            return () => publisher.MinCountAge = TimeSpan.Zero;
        }, pause: TimeSpan.Zero);

        run.Counted.ShouldNotBeNull().CheckedIn.Lists[run.ListId].ShouldBe(1);
        run.Pushed.ShouldNotBeNull().CheckedIn.Lists[run.ListId].ShouldBe(1, "the second scan went out at once, with the counts kept from the first");
        run.FollowUp.ShouldNotBeNull("no counts-only update once the kept counts were due");
        run.FollowUp.EventId.ShouldBe(run.EventId);
        run.FollowUp.CheckedIn.Lists[run.ListId].ShouldBe(2);
        run.FollowUp.CheckedIn.TicketTypes[run.TicketTypeId].ShouldBe(2);
    }

    [Fact]
    public async Task Should_push_the_scans_first_and_the_counts_after_when_counting_is_slow()
    {
        // As for an event so large that every count is slow: due counts are taken after the scans went out. Counts are due
        // again a second after the last at the latest, so the second scan's push finds them due.
        var run = await TwoScansAsync("Live Crowd", publisher =>
        {
            var slowCount = publisher.SlowCount;
            publisher.SlowCount = TimeSpan.Zero;
            return () => publisher.SlowCount = slowCount;
        }, pause: Second + TimeSpan.FromMilliseconds(100));

        run.Counted.ShouldNotBeNull().CheckedIn.Lists[run.ListId].ShouldBe(1, "the event's first push waits for its first counts");
        run.Pushed.ShouldNotBeNull().CheckedIn.Lists[run.ListId].ShouldBe(1, "the second scan went out without waiting for the due count");
        run.FollowUp.ShouldNotBeNull("no counts-only update after the scans");
        run.FollowUp.EventId.ShouldBe(run.EventId);
        run.FollowUp.CheckedIn.Lists[run.ListId].ShouldBe(2);
        run.FollowUp.CheckedIn.TicketTypes[run.TicketTypeId].ShouldBe(2);
    }

    /// <summary>What a dashboard received for two scans of a new event (the second <paramref name="pause"/> after the first's
    /// push), with the publisher set by <paramref name="setUp"/> meanwhile: each scan's push and the counts-only update after.</summary>
    private async Task<TwoScans> TwoScansAsync(string eventName, Func<DashboardPublisher, Action> setUp, TimeSpan pause)
    {
        var (@event, general, _) = await _api.EventAsync(eventName);
        var (_, ada) = await _api.BuyAsync(@event, general);
        var (_, grace) = await _api.BuyAsync(@event, general, "Grace Hopper");
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main entrance"));
        await using var dashboard = await DashboardClient.ConnectAsync(factory, TestData.AdminA, TestData.OrgA);
        await dashboard.JoinAsync(@event.Id);
        var undo = setUp(factory.Services.GetServices<IHostedService>().OfType<DashboardPublisher>().Single());
        try
        {
            var first = await CheckInApi.ScanAsync(_staff, list, ada.Code);
            var counted = await dashboard.WaitForAsync(s => s.ScanId == first.ScanId, Second);
            await Task.Delay(pause);
            var second = await CheckInApi.ScanAsync(_staff, list, grace.Code);
            var pushed = await dashboard.WaitForAsync(s => s.ScanId == second.ScanId, Second);
            var followUp = await dashboard.WaitForUpdateAsync(u => u.Scans.Count == 0, 3 * Second);
            return new TwoScans(@event.Id, list.Id, general.Id, counted, pushed, followUp);
        }
        finally
        {
            undo();
        }
    }

    private sealed record TwoScans(Guid EventId, Guid ListId, Guid TicketTypeId, DashboardUpdateDto? Counted, DashboardUpdateDto? Pushed,
        DashboardUpdateDto? FollowUp);

    [Fact]
    public async Task Should_refuse_a_member_of_another_organization_to_watch_the_event()
    {
        var (@event, general, _) = await _api.EventAsync("Other Org Watch");
        var (_, ada) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Door"));
        await using var outsider = await DashboardClient.ConnectAsync(factory, TestData.UserB, TestData.OrgB);

        var refused = await Should.ThrowAsync<HubException>(() => outsider.JoinAsync(@event.Id));
        var scan = await CheckInApi.ScanAsync(_staff, list, ada.Code);

        refused.Message.ShouldContain(DashboardHubConsts.Refused);
        (await outsider.WaitForAsync(s => s.ScanId == scan.ScanId, Second)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_member_who_selects_another_organization_than_the_events()
    {
        var (@event, _, _) = await _api.EventAsync("Selected Org Watch");
        // Organization A's owner claiming B as the selected organization is no member there: no organization, no role.
        await using var dashboard = await DashboardClient.ConnectAsync(factory, TestData.UserA, TestData.OrgB);

        (await Should.ThrowAsync<HubException>(() => dashboard.JoinAsync(@event.Id))).Message.ShouldContain(DashboardHubConsts.Refused);
    }

    [Fact]
    public async Task Should_refuse_staff_without_the_dashboard_permission()
    {
        var (@event, _, _) = await _api.EventAsync("Staff Watch");
        await using var staff = await DashboardClient.ConnectAsync(factory, TestData.StaffA, TestData.OrgA);

        (await Should.ThrowAsync<HubException>(() => staff.JoinAsync(@event.Id))).Message.ShouldContain(DashboardHubConsts.Refused);
    }
}
