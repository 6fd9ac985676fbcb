using System.Net;
using System.Net.Http.Json;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.CheckIn.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.CheckIn.Tests.Scans;

/// <summary>Organization B's staff cannot scan on, read or even find organization A's lists and tickets.</summary>
[Collection(CheckInCollection.Name)]
public sealed class IsolationTests(CheckInTestFactory factory)
{
    private readonly CheckInApi _a = CheckInApi.ForOrganizationA(factory);
    private readonly HttpClient _ownerOfB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);

    [Fact]
    public async Task Should_answer_404_to_another_organization_and_not_know_its_tickets()
    {
        var (@event, general, _) = await _a.EventAsync("Isolated");
        var (_, ticket) = await _a.BuyAsync(@event, general);
        var list = await _a.ListAsync(@event.Id, new CheckInListInput("Main"));
        var payload = await _a.PayloadAsync(@event, ticket);

        await (await _ownerOfB.PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans", new ScanInput(ticket.Code)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.ListNotFound);
        await (await _ownerOfB.GetAsync($"api/checkin/check-in-list/{list.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.ListNotFound);
        await (await _ownerOfB.GetAsync($"api/checkin/events/{@event.Id}/lists")).ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.EventNotFound);

        // B's own event and list: A's ticket, typed or scanned, is no ticket there.
        var b = new CheckInApi(factory, TestData.OrgB, _ownerOfB, TestData.OrgBSlug);
        var (eventOfB, _, _) = await b.EventAsync("B's Day");
        var listOfB = await b.ListAsync(eventOfB.Id, new CheckInListInput("B gate"));
        (await CheckInApi.ScanAsync(_ownerOfB, listOfB, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Unknown);
        (await CheckInApi.ScanAsync(_ownerOfB, listOfB, payload)).Outcome.ShouldBeOneOf(ScanOutcome.Unknown, ScanOutcome.Tampered);
        (await CheckInApi.ScanAsync(factory.CreateClientFor(TestData.StaffA, TestData.OrgA), list, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
    }

    [Fact]
    public async Task Should_let_staff_scan_but_not_set_up_lists()
    {
        var (@event, _, _) = await _a.EventAsync("Staff Rights");
        var staff = factory.CreateClientFor(TestData.StaffA, TestData.OrgA);

        (await staff.PostAsJsonAsync($"api/checkin/events/{@event.Id}/lists", new CheckInListInput("Mine"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync($"api/checkin/events/{@event.Id}/lists")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClientFor().GetAsync($"api/checkin/events/{@event.Id}/lists")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_list_only_the_own_organizations_gates()
    {
        var (@event, _, _) = await _a.EventAsync("Gates of A");
        var list = await _a.ListAsync(@event.Id, new CheckInListInput("North door"));
        var staff = factory.CreateClientFor(TestData.StaffA, TestData.OrgA);

        var gates = await (await staff.GetAsync("api/checkin/check-in-list/gates")).ShouldBeOkAsync<List<GateEventDto>>();
        gates.Single(g => g.EventId == @event.Id).Lists.Select(l => l.Id).ShouldBe([list.Id]);
        var ofB = await (await _ownerOfB.GetAsync("api/checkin/check-in-list/gates")).ShouldBeOkAsync<List<GateEventDto>>();
        ofB.ShouldNotContain(g => g.EventId == @event.Id);
        ofB.SelectMany(g => g.Lists).ShouldNotContain(l => l.Id == list.Id);
    }
}
