using System.Net;
using System.Net.Http.Json;
using EventPlatform.CheckIn.Gate;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.CheckIn.Tests.Gate;

/// <summary>The gate's fallback when a ticket cannot be scanned: find the attendee by name, email or confirmation number.</summary>
[Collection(CheckInCollection.Name)]
public sealed class AttendeeSearchTests(CheckInTestFactory factory)
{
    private readonly CheckInApi _api = CheckInApi.ForOrganizationA(factory);
    private readonly HttpClient _staff = factory.CreateClientFor(TestData.StaffA, TestData.OrgA);

    [Fact]
    public async Task Should_find_attendees_by_name_email_and_order_number()
    {
        var (@event, general, _) = await _api.EventAsync("Search Gate");
        var (adaOrder, ada) = await _api.BuyAsync(@event, general, "Ada Searchable");
        await _api.BuyAsync(@event, general, "Grace Findme");
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));
        await CheckInApi.ScanAsync(_staff, list, ada.Code);

        var byName = await SearchAsync(list, "searchABLE");
        var byEmail = await SearchAsync(list, "grace.findme@");
        var byOrder = await SearchAsync(list, adaOrder.Number);

        byName.ShouldHaveSingleItem().Id.ShouldBe(ada.Id);
        byName[0].Entries.ShouldBe(1);
        byName[0].OrderNumber.ShouldBe(adaOrder.Number);
        byEmail.ShouldHaveSingleItem().AttendeeName.ShouldBe("Grace Findme");
        byEmail[0].Entries.ShouldBe(0);
        byOrder.ShouldHaveSingleItem().Code.ShouldBe(ada.Code);
        (await SearchAsync(list, "a")).ShouldBeEmpty();
        (await SearchAsync(list, "100%")).ShouldBeEmpty();
        (await _staff.GetAsync($"api/checkin/lists/{list.Id}/attendees?q={new string('x', GateConsts.MaxQueryLength + 1)}")).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_not_find_another_organizations_attendees()
    {
        var (@event, general, _) = await _api.EventAsync("Search Isolation");
        await _api.BuyAsync(@event, general, "Hedy Unfindable");
        var ownerOfB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);
        var b = new CheckInApi(factory, TestData.OrgB, ownerOfB, TestData.OrgBSlug);
        var (eventOfB, _, _) = await b.EventAsync("B Search");
        var listOfB = await b.ListAsync(eventOfB.Id, new CheckInListInput("B gate"));

        (await ownerOfB.GetFromJsonAsync<IReadOnlyList<GateTicketDto>>($"api/checkin/lists/{listOfB.Id}/attendees?q=Unfindable"))!.ShouldBeEmpty();
    }

    private async Task<IReadOnlyList<GateTicketDto>> SearchAsync(CheckInListDto list, string q) =>
        await (await _staff.GetAsync($"api/checkin/lists/{list.Id}/attendees?q={Uri.EscapeDataString(q)}")).ShouldBeOkAsync<IReadOnlyList<GateTicketDto>>();
}
