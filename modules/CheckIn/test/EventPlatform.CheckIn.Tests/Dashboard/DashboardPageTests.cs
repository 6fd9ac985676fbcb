using System.Net;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.CheckIn.Tests.Dashboard;

/// <summary>The dashboard page as the server renders it, before any live update.</summary>
[Collection(CheckInCollection.Name)]
public sealed class DashboardPageTests(CheckInTestFactory factory)
{
    private readonly CheckInApi _api = CheckInApi.ForOrganizationA(factory);

    [Fact]
    public async Task Should_show_checked_in_of_registered_per_list_and_ticket_type_and_the_recent_scans()
    {
        var (@event, general, workshop) = await _api.EventAsync("Rendered Dashboard");
        var (_, ada) = await _api.BuyAsync(@event, general);
        await _api.BuyAsync(@event, general, "Grace Hopper");
        await _api.BuyAsync(@event, workshop, "Alan Turing");
        // A cancelled order's ticket is not registered any more.
        var (cancelled, _) = await _api.BuyAsync(@event, general, "Charles Babbage");
        (await _api.Organizer.PostAsync($"api/ticketing/registration/{cancelled.Id}/cancel", null)).EnsureSuccessStatusCode();
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Workshop door", TicketTypeIds: [workshop.Id]));
        var main = await _api.ListAsync(@event.Id, new CheckInListInput("Main door"));
        await CheckInApi.ScanAsync(factory.CreateClientFor(TestData.StaffA, TestData.OrgA), main, ada.Code);

        var html = await _api.Organizer.GetStringAsync($"/manage/events/{@event.Id}/check-in/dashboard");

        Row(html, $"total:{@event.Id}").ShouldBe((1, 3));
        Row(html, $"list:{main.Id}").ShouldBe((1, 3));
        Row(html, $"list:{list.Id}").ShouldBe((0, 1));
        Row(html, $"type:{general.Id}").ShouldBe((1, 2));
        Row(html, $"type:{workshop.Id}").ShouldBe((0, 1));
        html.ShouldContain("Ada Lovelace");
        html.ShouldContain("/js/dashboard.js");
    }

    [Fact]
    public async Task Should_refuse_the_page_to_staff_and_not_find_another_organizations_event()
    {
        var (@event, _, _) = await _api.EventAsync("Guarded Dashboard");
        var path = $"/manage/events/{@event.Id}/check-in/dashboard";

        (await factory.CreateClientFor(TestData.StaffA, TestData.OrgA).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClientFor(TestData.UserB, TestData.OrgB).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The checked-in and registered figures of the row with <c>data-row="<paramref name="key"/>"</c>.</summary>
    private static (int CheckedIn, int Registered) Row(string html, string key)
    {
        var start = html.IndexOf($"data-row=\"{key}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1, $"no row {key}");
        return (Number(html, "data-checked-in>", start), Number(html, "data-registered>", start));
    }

    private static int Number(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal) + marker.Length;
        return int.Parse(html[at..html.IndexOf('<', at)].Trim());
    }
}
