using System.Net;
using System.Net.Http.Json;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.CheckIn.Tests.Infrastructure;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.CheckIn.Tests.Scans;

/// <summary>Every outcome a scan can have, through the HTTP API, against tickets sold through the real checkout.</summary>
[Collection(CheckInCollection.Name)]
public sealed class ScanTests(CheckInTestFactory factory)
{
    private readonly CheckInApi _api = CheckInApi.ForOrganizationA(factory);
    private readonly HttpClient _staff = factory.CreateClientFor(TestData.StaffA, TestData.OrgA);

    [Fact]
    public async Task Should_admit_a_ticket_once_and_then_say_when_and_by_whom_it_was_checked_in()
    {
        var (@event, general, _) = await _api.EventAsync("Main Gate");
        var (_, ticket) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main entrance"));

        var first = await CheckInApi.ScanAsync(_staff, list, ticket.Code);
        var second = await CheckInApi.ScanAsync(_staff, list, ticket.Code);

        first.Outcome.ShouldBe(ScanOutcome.Valid);
        first.Message.ShouldBe("Valid");
        first.Ticket.ShouldNotBeNull().AttendeeName.ShouldBe("Ada Lovelace");
        first.Ticket.TicketTypeName.ShouldBe("General");
        second.Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
        second.FirstEntryAt.ShouldNotBeNull().ShouldBe(first.ScannedAt, TimeSpan.FromMilliseconds(1));
        second.FirstEntryBy.ShouldBe(TestData.EmailOf(TestData.StaffA));
        second.Message.ShouldStartWith("Already checked in at ");
        second.Message.ShouldEndWith(" by " + TestData.EmailOf(TestData.StaffA));
        (await _api.Organizer.GetFromJsonAsync<CheckInListDto>($"api/checkin/check-in-list/{list.Id}"))!.Admitted.ShouldBe(1);
    }

    [Fact]
    public async Task Should_accept_the_signed_qr_code_and_refuse_a_tampered_one()
    {
        var (@event, general, _) = await _api.EventAsync("QR Gate");
        var (_, ticket) = await _api.BuyAsync(@event, general);
        var (_, other) = await _api.BuyAsync(@event, general, "Grace Hopper");
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("QR"));
        var payload = await _api.PayloadAsync(@event, ticket);
        // Another ticket's claims under this ticket's signature: a forger copying a signature onto other claims.
        var otherPayload = await _api.PayloadAsync(@event, other);
        var parts = payload.Split('.');
        var forged = string.Join('.', parts[0], parts[1], otherPayload.Split('.')[2], parts[3]);

        (await CheckInApi.ScanAsync(_staff, list, forged)).Outcome.ShouldBe(ScanOutcome.Tampered);
        (await CheckInApi.ScanAsync(_staff, list, payload[..^2] + (payload[^2] == 'A' ? "B" : "A") + payload[^1])).Outcome.ShouldBe(ScanOutcome.Tampered);
        var valid = await CheckInApi.ScanAsync(_staff, list, payload);
        valid.Outcome.ShouldBe(ScanOutcome.Valid);
        valid.Ticket!.Id.ShouldBe(ticket.Id);
        // Nothing forged admitted the other ticket.
        (await CheckInApi.ScanAsync(_staff, list, other.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
    }

    [Fact]
    public async Task Should_accept_a_code_typed_in_groups_and_lower_case_and_refuse_an_unknown_one()
    {
        var (@event, general, _) = await _api.EventAsync("Typed Codes");
        var (_, ticket) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Desk"));
        var typed = string.Join(' ', ticket.Code.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

        (await CheckInApi.ScanAsync(_staff, list, typed)).Outcome.ShouldBe(ScanOutcome.Valid);
        var unknown = await CheckInApi.ScanAsync(_staff, list, "0000 0000 0000 0000 0000 0000 00");
        unknown.Outcome.ShouldBe(ScanOutcome.Unknown);
        unknown.Ticket.ShouldBeNull();
        unknown.Message.ShouldBe("Unknown ticket");
    }

    [Fact]
    public async Task Should_refuse_a_ticket_of_another_event_or_one_the_list_does_not_admit()
    {
        var (@event, general, workshop) = await _api.EventAsync("Two Rooms");
        var (otherEvent, otherGeneral, _) = await _api.EventAsync("Another Day");
        var (_, generalTicket) = await _api.BuyAsync(@event, general);
        var (_, workshopTicket) = await _api.BuyAsync(@event, workshop);
        var (_, elsewhere) = await _api.BuyAsync(otherEvent, otherGeneral);
        var workshopRoom = await _api.ListAsync(@event.Id, new CheckInListInput("Workshop room", TicketTypeIds: [workshop.Id]));

        (await CheckInApi.ScanAsync(_staff, workshopRoom, generalTicket.Code)).Outcome.ShouldBe(ScanOutcome.WrongList);
        (await CheckInApi.ScanAsync(_staff, workshopRoom, elsewhere.Code)).Outcome.ShouldBe(ScanOutcome.WrongEvent);
        (await CheckInApi.ScanAsync(_staff, workshopRoom, workshopTicket.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
    }

    [Fact]
    public async Task Should_refuse_cancelled_unpaid_and_passed_on_tickets()
    {
        var (@event, general, _) = await _api.EventAsync("Refusals");
        var paid = await _api.TypeAsync(@event.Id, "Paid", 20m);
        var (cancelledOrder, cancelled) = await _api.BuyAsync(@event, general, "Cancelled Person");
        var (_, unpaid) = await _api.BuyAsync(@event, paid, "Unpaid Person");
        var (passedOrder, passedOn) = await _api.BuyAsync(@event, general, "Passed On");
        var oldPayload = await _api.PayloadAsync(@event, passedOn);
        (await _api.Organizer.PostAsync($"api/ticketing/registration/{cancelledOrder.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var buyer = factory.CreateClientFor();
        var transferred = await (await buyer.PostAsJsonAsync(
                $"api/ticketing/public/{TestData.OrgASlug}/orders/{passedOrder.Number}/tickets/{passedOn.Id}/transfer",
                new TransferTicketInput(passedOrder.AccessToken, "New Holder", "new.holder@example.com")))
            .ShouldBeOkAsync<AttendeeOrderDto>();
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));

        (await CheckInApi.ScanAsync(_staff, list, cancelled.Code)).Outcome.ShouldBe(ScanOutcome.Cancelled);
        (await CheckInApi.ScanAsync(_staff, list, unpaid.Code)).Outcome.ShouldBe(ScanOutcome.Unpaid);
        var revoked = await CheckInApi.ScanAsync(_staff, list, oldPayload);
        revoked.Outcome.ShouldBe(ScanOutcome.Revoked);
        revoked.Ticket!.AttendeeName.ShouldBe("New Holder");
        (await CheckInApi.ScanAsync(_staff, list, passedOn.Code)).Outcome.ShouldBe(ScanOutcome.Unknown);
        var newCode = transferred.Order.Tickets.Single(t => t.Id == passedOn.Id).Code;
        (await CheckInApi.ScanAsync(_staff, list, newCode)).Outcome.ShouldBe(ScanOutcome.Valid);
    }

    [Fact]
    public async Task Should_refuse_scans_before_a_list_opens_and_after_it_closes()
    {
        var (@event, general, _) = await _api.EventAsync("Windows");
        var (_, ticket) = await _api.BuyAsync(@event, general);
        var now = factory.Clock.GetUtcNow();
        var later = await _api.ListAsync(@event.Id, new CheckInListInput("Evening", OpensAt: now.AddHours(2), ClosesAt: now.AddHours(4)));
        var earlier = await _api.ListAsync(@event.Id, new CheckInListInput("Morning", OpensAt: now.AddHours(-4), ClosesAt: now.AddHours(-2)));

        (await CheckInApi.ScanAsync(_staff, later, ticket.Code)).Outcome.ShouldBe(ScanOutcome.NotYetValid);
        (await CheckInApi.ScanAsync(_staff, earlier, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Closed);
    }

    [Fact]
    public async Task Should_follow_each_re_entry_rule()
    {
        var (@event, general, _) = await _api.EventAsync("Re-entry");
        var (_, ticket) = await _api.BuyAsync(@event, general);
        var once = await _api.ListAsync(@event.Id, new CheckInListInput("Once", ReEntry: ReEntryRule.Once, TracksExits: true));
        var unlimited = await _api.ListAsync(@event.Id, new CheckInListInput("Unlimited", ReEntry: ReEntryRule.Unlimited, TracksExits: true));
        var daily = await _api.ListAsync(@event.Id, new CheckInListInput("Daily", ReEntry: ReEntryRule.OncePerDay));

        (await CheckInApi.ScanAsync(_staff, once, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
        (await CheckInApi.ScanAsync(_staff, once, ticket.Code, ScanDirection.Exit)).Outcome.ShouldBe(ScanOutcome.Valid);
        (await CheckInApi.ScanAsync(_staff, once, ticket.Code)).Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);

        (await CheckInApi.ScanAsync(_staff, unlimited, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
        (await CheckInApi.ScanAsync(_staff, unlimited, ticket.Code)).Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
        var exit = await CheckInApi.ScanAsync(_staff, unlimited, ticket.Code, ScanDirection.Exit);
        exit.Outcome.ShouldBe(ScanOutcome.Valid);
        exit.Message.ShouldBe("Checked out");
        (await CheckInApi.ScanAsync(_staff, unlimited, ticket.Code, ScanDirection.Exit)).Outcome.ShouldBe(ScanOutcome.NotCheckedIn);
        (await CheckInApi.ScanAsync(_staff, unlimited, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
        (await _api.Organizer.GetFromJsonAsync<CheckInListDto>($"api/checkin/check-in-list/{unlimited.Id}"))!.Inside.ShouldBe(1);

        (await CheckInApi.ScanAsync(_staff, daily, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
        (await CheckInApi.ScanAsync(_staff, daily, ticket.Code)).Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await CheckInApi.ScanAsync(_staff, daily, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
    }

    [Fact]
    public async Task Should_undo_a_mistaken_scan_so_the_ticket_can_enter_again()
    {
        var (@event, general, _) = await _api.EventAsync("Undo");
        var (_, ticket) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));
        var supervisor = _api.Organizer;

        var bySupervisor = await CheckInApi.ScanAsync(supervisor, list, ticket.Code);
        var notTheirs = await _staff.PostAsync($"api/checkin/scan/{bySupervisor.ScanId}/undo", null);
        var undone = await (await supervisor.PostAsync($"api/checkin/scan/{bySupervisor.ScanId}/undo", null)).ShouldBeOkAsync<ScanResultDto>();
        var twice = await supervisor.PostAsync($"api/checkin/scan/{bySupervisor.ScanId}/undo", null);

        await notTheirs.ShouldBeProblemAsync(HttpStatusCode.Forbidden, CheckInErrorCodes.ScanOfSomeoneElse);
        undone.IsUndone.ShouldBeTrue();
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, CheckInErrorCodes.ScanNotUndoable);

        // Taken back, the ticket enters again; staff undo their own scans, supervisors anyone's.
        var byStaff = await CheckInApi.ScanAsync(_staff, list, ticket.Code);
        byStaff.Outcome.ShouldBe(ScanOutcome.Valid);
        (await _staff.PostAsync($"api/checkin/scan/{byStaff.ScanId}/undo", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var last = await CheckInApi.ScanAsync(_staff, list, ticket.Code);
        last.Outcome.ShouldBe(ScanOutcome.Valid);
        var refused = await CheckInApi.ScanAsync(_staff, list, ticket.Code);
        refused.Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
        await (await _staff.PostAsync($"api/checkin/scan/{refused.ScanId}/undo", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, CheckInErrorCodes.ScanNotUndoable);
        (await supervisor.PostAsync($"api/checkin/scan/{last.ScanId}/undo", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CheckInApi.ScanAsync(_staff, list, ticket.Code)).Outcome.ShouldBe(ScanOutcome.Valid);
    }

    [Fact]
    public async Task Should_answer_a_re_uploaded_scan_with_its_first_result_and_change_nothing()
    {
        var (@event, general, _) = await _api.EventAsync("Nonces");
        var (_, ticket) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));
        var nonce = Guid.NewGuid().ToString();

        var first = await CheckInApi.ScanAsync(_staff, list, ticket.Code, nonce: nonce);
        var again = await CheckInApi.ScanAsync(_staff, list, ticket.Code, nonce: nonce);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => CheckInApi.ScanAsync(_staff, list, ticket.Code, nonce: nonce)));

        again.ScanId.ShouldBe(first.ScanId);
        again.Outcome.ShouldBe(ScanOutcome.Valid);
        concurrent.ShouldAllBe(r => r.ScanId == first.ScanId);
        (await _api.Organizer.GetFromJsonAsync<CheckInListDto>($"api/checkin/check-in-list/{list.Id}"))!.Admitted.ShouldBe(1);
        (await CheckInApi.ScanAsync(_staff, list, ticket.Code, nonce: Guid.NewGuid().ToString())).Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
    }

    [Fact]
    public async Task Should_admit_exactly_one_of_twenty_scanners_hitting_one_ticket_at_once()
    {
        var (@event, general, _) = await _api.EventAsync("Twenty Gates");
        var (_, ticket) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));
        var gates = Enumerable.Range(0, 20).Select(_ => factory.CreateClientFor(TestData.StaffA, TestData.OrgA)).ToList();
        using var start = new SemaphoreSlim(0);

        var scans = gates.Select(async gate =>
        {
            await start.WaitAsync();
            return await CheckInApi.ScanAsync(gate, list, ticket.Code);
        }).ToList();
        start.Release(gates.Count);
        var results = await Task.WhenAll(scans);

        results.Count(r => r.Outcome == ScanOutcome.Valid).ShouldBe(1);
        results.Count(r => r.Outcome == ScanOutcome.AlreadyCheckedIn).ShouldBe(19);
        // Each refused gate names the entry that won, even one whose refusal came from an entry committed a moment after it began.
        var winner = results.Single(r => r.Outcome == ScanOutcome.Valid);
        results.Where(r => r.Outcome == ScanOutcome.AlreadyCheckedIn).ShouldAllBe(r =>
            r.FirstEntryAt != null && (r.FirstEntryAt.Value - winner.ScannedAt).Duration() < TimeSpan.FromMilliseconds(1)
            && r.FirstEntryBy == TestData.EmailOf(TestData.StaffA));
    }
}
