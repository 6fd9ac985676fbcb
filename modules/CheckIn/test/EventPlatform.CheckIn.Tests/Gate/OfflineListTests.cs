using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventPlatform.CheckIn.Gate;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.CheckIn.Tests.Infrastructure;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Tickets.Signing;

namespace EventPlatform.CheckIn.Tests.Gate;

/// <summary>What a gate downloads to keep scanning offline: the list's rules, the keys that verify QR codes, every ticket.</summary>
[Collection(CheckInCollection.Name)]
public sealed class OfflineListTests(CheckInTestFactory factory)
{
    private readonly CheckInApi _api = CheckInApi.ForOrganizationA(factory);
    private readonly HttpClient _staff = factory.CreateClientFor(TestData.StaffA, TestData.OrgA);

    [Fact]
    public async Task Should_give_staff_the_rules_the_keys_and_every_ticket_with_its_admission()
    {
        var (@event, general, workshop) = await _api.EventAsync("Offline Download");
        var (order, ada) = await _api.BuyAsync(@event, general);
        var (_, grace) = await _api.BuyAsync(@event, workshop, "Grace Hopper");
        var paid = await _api.TypeAsync(@event.Id, "Gala", 40m);
        var (_, unpaid) = await _api.BuyAsync(@event, paid, "Alan Turing");
        var opens = factory.Clock.GetUtcNow().AddHours(-1);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main", TicketTypeIds: [general.Id, paid.Id], OpensAt: opens,
            ReEntry: ReEntryRule.OncePerDay, TracksExits: true));
        await CheckInApi.ScanAsync(_staff, list, ada.Code);

        var offline = await (await _staff.GetAsync($"api/checkin/lists/{list.Id}/offline")).ShouldBeOkAsync<OfflineListDto>();

        offline.ListName.ShouldBe("Main");
        offline.EventTitle.ShouldBe("Offline Download");
        offline.OrganizationId.ShouldBe(TestData.OrgA);
        offline.TimeZone.ShouldBe("Europe/Berlin");
        offline.TicketTypeIds.ShouldBe([general.Id, paid.Id], ignoreOrder: true);
        offline.OpensAt.ShouldNotBeNull().ShouldBe(opens, TimeSpan.FromMilliseconds(1));
        offline.ReEntry.ShouldBe(ReEntryRule.OncePerDay);
        offline.TracksExits.ShouldBeTrue();
        offline.Tickets.Count.ShouldBe(3);
        var first = offline.Tickets.Single(t => t.Id == ada.Id);
        first.Code.ShouldBe(ada.Code);
        first.AttendeeName.ShouldBe("Ada Lovelace");
        first.AttendeeEmail.ShouldBe("ada.lovelace@example.com");
        first.OrderNumber.ShouldBe(order.Number);
        first.TicketTypeId.ShouldBe(general.Id);
        first.State.ShouldBe(GateTicketState.Valid);
        first.Entries.ShouldBe(1);
        first.Inside.ShouldBeTrue();
        first.LastEntryBy.ShouldBe(TestData.EmailOf(TestData.StaffA));
        first.LastEntryDay.ShouldNotBeNull();
        var second = offline.Tickets.Single(t => t.Id == grace.Id);
        second.TicketTypeId.ShouldBe(workshop.Id);
        second.Entries.ShouldBe(0);
        offline.Tickets.Single(t => t.Id == unpaid.Id).State.ShouldBe(GateTicketState.Unpaid);

        // The downloaded keys are the ones that verify the QR code printed on the ticket, without the server.
        var payload = await _api.PayloadAsync(@event, ada);
        var keys = offline.Keys.ToDictionary(k => k.KeyId, k => k.PublicKey);
        offline.Keys.ShouldAllBe(k => k.Algorithm == "Ed25519" && k.PublicKey.Length == 32);
        TicketPayloadVerifier.Verify(payload, keys).Claims.ShouldNotBeNull().TicketId.ShouldBe(ada.Id);
    }

    [Fact]
    public async Task Should_answer_404_to_another_organization_and_401_to_nobody()
    {
        var (@event, general, _) = await _api.EventAsync("Offline Isolation");
        await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));
        var ownerOfB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);

        await (await ownerOfB.GetAsync($"api/checkin/lists/{list.Id}/offline")).ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.ListNotFound);
        await (await ownerOfB.GetAsync($"api/checkin/lists/{list.Id}/attendees?q=Ada")).ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.ListNotFound);
        (await factory.CreateClientFor().GetAsync($"api/checkin/lists/{list.Id}/offline")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CreateClientFor(TestData.AttendeeA, TestData.OrgA).GetAsync($"api/checkin/lists/{list.Id}/offline")).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);

        // B's own list downloads B's tickets only.
        var b = new CheckInApi(factory, TestData.OrgB, ownerOfB, TestData.OrgBSlug);
        var (eventOfB, _, _) = await b.EventAsync("B Offline");
        var listOfB = await b.ListAsync(eventOfB.Id, new CheckInListInput("B gate"));
        var offlineOfB = (await ownerOfB.GetFromJsonAsync<OfflineListDto>($"api/checkin/lists/{listOfB.Id}/offline"))!;
        offlineOfB.Tickets.ShouldBeEmpty();
        offlineOfB.OrganizationId.ShouldBe(TestData.OrgB);
        // …and B's keys: a gate of B refuses A's QR codes as forged even offline.
        var payloadOfA = await _api.PayloadAsync(@event, (await _api.BuyAsync(@event, general, "Grace Hopper")).Ticket);
        TicketPayloadVerifier.Verify(payloadOfA, offlineOfB.Keys.ToDictionary(k => k.KeyId, k => k.PublicKey)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_send_the_download_compressed_to_a_browser_that_accepts_it_and_the_scans_as_they_are()
    {
        var (@event, general, _) = await _api.EventAsync("Offline Compressed");
        for (var i = 0; i < 20; i++) await _api.BuyAsync(@event, general, $"Attendee {i}");
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));
        var plain = await (await _staff.GetAsync($"api/checkin/lists/{list.Id}/offline")).Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/checkin/lists/{list.Id}/offline");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await _staff.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var offline = (await JsonSerializer.DeserializeAsync<OfflineListDto>(brotli, JsonSerializerOptions.Web)).ShouldNotBeNull();
        offline.Tickets.Count.ShouldBe(20);
        compressed.Length.ShouldBeLessThan(plain.Length / 2);

        using var scan = new HttpRequestMessage(HttpMethod.Post, $"api/checkin/lists/{list.Id}/scans")
        {
            Content = JsonContent.Create(new ScanInput(offline.Tickets[0].Code)),
        };
        scan.Headers.AcceptEncoding.ParseAdd("br");
        using var scanned = await _staff.SendAsync(scan);
        scanned.StatusCode.ShouldBe(HttpStatusCode.OK);
        scanned.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }
}
