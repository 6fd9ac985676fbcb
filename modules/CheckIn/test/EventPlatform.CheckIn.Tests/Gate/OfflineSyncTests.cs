using System.Net;
using System.Net.Http.Json;
using EventPlatform.CheckIn.Conflicts;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.CheckIn.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.CheckIn.Tests.Gate;

/// <summary>Gates that scanned offline upload their queues: re-uploads change nothing, and double admissions are flagged.</summary>
[Collection(CheckInCollection.Name)]
public sealed class OfflineSyncTests(CheckInTestFactory factory)
{
    private readonly CheckInApi _api = CheckInApi.ForOrganizationA(factory);
    private readonly HttpClient _staff = factory.CreateClientFor(TestData.StaffA, TestData.OrgA);
    private readonly HttpClient _supervisor = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_answer_a_second_upload_of_the_same_queue_with_the_first_results_and_change_nothing()
    {
        var (@event, general, _) = await _api.EventAsync("Offline Queue");
        var (_, ada) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));
        var payload = await _api.PayloadAsync(@event, ada);
        var tampered = payload[..^2] + (payload[^2] == 'A' ? "B" : "A") + payload[^1];
        var at = factory.Clock.GetUtcNow().AddMinutes(-10);
        ScanBatchInput queue = new([
            new OfflineScanInput(payload, ScanDirection.Entry, "n-1", at, ScanOutcome.Valid),
            new OfflineScanInput(tampered, ScanDirection.Entry, "n-2", at.AddSeconds(5), ScanOutcome.Tampered),
            new OfflineScanInput(payload, ScanDirection.Entry, "n-3", at.AddSeconds(9), ScanOutcome.AlreadyCheckedIn),
        ]);

        var first = await UploadAsync(_staff, list, queue);
        var again = await UploadAsync(_staff, list, queue);

        first.Select(r => r.Result.Outcome).ShouldBe([ScanOutcome.Valid, ScanOutcome.Tampered, ScanOutcome.AlreadyCheckedIn]);
        first.Select(r => r.ClientNonce).ShouldBe(["n-1", "n-2", "n-3"]);
        first.ShouldAllBe(r => !r.IsConflict);
        // Logged at the device's time: the person stood at the gate then, not when the phone found a network.
        first[0].Result.ScannedAt.ShouldBe(at, TimeSpan.FromMilliseconds(1));
        again.Select(r => r.Result.ScanId).ShouldBe(first.Select(r => r.Result.ScanId));
        again.Select(r => r.Result.Outcome).ShouldBe(first.Select(r => r.Result.Outcome));
        (await _api.Organizer.GetFromJsonAsync<CheckInListDto>($"api/checkin/check-in-list/{list.Id}"))!.Admitted.ShouldBe(1);
        // The live scan after the upload sees the offline entry, at the device's time.
        var live = await CheckInApi.ScanAsync(_staff, list, ada.Code);
        live.Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
        live.FirstEntryAt.ShouldNotBeNull().ShouldBe(at, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Should_flag_a_ticket_two_offline_gates_let_in_and_show_it_to_supervisors_only()
    {
        var (@event, general, _) = await _api.EventAsync("Two Gates Offline");
        var (order, ada) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("North door"));
        var payload = await _api.PayloadAsync(@event, ada);
        var now = factory.Clock.GetUtcNow();

        // Both gates were offline and each let Ada in; the supervisor's phone uploads first.
        var north = await UploadAsync(_supervisor, list, new([new OfflineScanInput(payload, ScanDirection.Entry, "gate-1", now.AddMinutes(-7), ScanOutcome.Valid)]));
        var south = await UploadAsync(_staff, list, new([new OfflineScanInput(ada.Code, ScanDirection.Entry, "gate-2", now.AddMinutes(-5), ScanOutcome.Valid)]));

        north.ShouldHaveSingleItem().Result.Outcome.ShouldBe(ScanOutcome.Valid);
        north[0].IsConflict.ShouldBeFalse();
        var flagged = south.ShouldHaveSingleItem();
        flagged.Result.Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
        flagged.IsConflict.ShouldBeTrue();
        flagged.OfflineOutcome.ShouldBe(ScanOutcome.Valid);
        // Uploading it again flags nothing twice.
        (await UploadAsync(_staff, list, new([new OfflineScanInput(ada.Code, ScanDirection.Entry, "gate-2", now.AddMinutes(-5), ScanOutcome.Valid)])))
            .ShouldHaveSingleItem().Result.ScanId.ShouldBe(flagged.Result.ScanId);

        var conflict = (await ConflictsAsync(@event.Id)).ShouldHaveSingleItem();
        conflict.Id.ShouldBe(flagged.Result.ScanId);
        conflict.AttendeeName.ShouldBe("Ada Lovelace");
        conflict.OrderNumber.ShouldBe(order.Number);
        conflict.Offline.By.ShouldBe(TestData.EmailOf(TestData.StaffA));
        conflict.Offline.At.ShouldBe(now.AddMinutes(-5), TimeSpan.FromMilliseconds(1));
        conflict.Offline.ListName.ShouldBe("North door");
        conflict.Other.ScanId.ShouldBe(north[0].Result.ScanId);
        conflict.Other.By.ShouldBe(TestData.EmailOf(TestData.AdminA));
        conflict.Other.At.ShouldBe(now.AddMinutes(-7), TimeSpan.FromMilliseconds(1));
        conflict.ReviewedAt.ShouldBeNull();

        (await _staff.GetAsync($"api/checkin/events/{@event.Id}/conflicts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _staff.GetAsync($"manage/events/{@event.Id}/check-in/conflicts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _supervisor.GetStringAsync($"manage/events/{@event.Id}/check-in/conflicts")).ShouldContain("Ada Lovelace");
        (await _staff.PostAsync($"api/checkin/conflict/{conflict.Id}/review", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var ownerOfB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);
        await (await ownerOfB.GetAsync($"api/checkin/events/{@event.Id}/conflicts")).ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.EventNotFound);
        await (await ownerOfB.PostAsync($"api/checkin/conflict/{conflict.Id}/review", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.ScanNotFound);

        var reviewed = await (await _supervisor.PostAsync($"api/checkin/conflict/{conflict.Id}/review", null)).ShouldBeOkAsync<ConflictDto>();
        reviewed.ReviewedAt.ShouldNotBeNull();
        reviewed.ReviewedBy.ShouldBe(TestData.EmailOf(TestData.AdminA));
        (await ConflictsAsync(@event.Id)).ShouldHaveSingleItem().ReviewedAt.ShouldNotBeNull();
        // A scan that is no conflict cannot be "reviewed".
        await (await _supervisor.PostAsync($"api/checkin/conflict/{north[0].Result.ScanId}/review", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.ScanNotFound);
    }

    [Fact]
    public async Task Should_refuse_a_batch_without_nonces_and_another_organizations_list()
    {
        var (@event, general, _) = await _api.EventAsync("Batch Checks");
        var (_, ada) = await _api.BuyAsync(@event, general);
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main"));
        var now = factory.Clock.GetUtcNow();

        (await _staff.PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans/batch",
            new ScanBatchInput([new OfflineScanInput(ada.Code, ScanDirection.Entry, "", now, ScanOutcome.Valid)]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreach (var body in new[] { "{}", """{"scans":null}""", """{"scans":[null]}""", """{"scans":[{"code":"x","clientNonce":"n","offlineOutcome":99}]}""" })
        {
            (await _staff.PostAsync($"api/checkin/lists/{list.Id}/scans/batch", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
                .StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        }

        await (await factory.CreateClientFor(TestData.UserB, TestData.OrgB).PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans/batch",
                new ScanBatchInput([new OfflineScanInput(ada.Code, ScanDirection.Entry, "b-1", now, ScanOutcome.Valid)])))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, CheckInErrorCodes.ListNotFound);
        (await _api.Organizer.GetFromJsonAsync<CheckInListDto>($"api/checkin/check-in-list/{list.Id}"))!.Admitted.ShouldBe(0);
    }

    [Fact]
    public async Task Should_judge_an_offline_scan_at_the_devices_time_but_never_in_the_future()
    {
        var (@event, general, _) = await _api.EventAsync("Device Clocks");
        var (_, ada) = await _api.BuyAsync(@event, general);
        var (_, grace) = await _api.BuyAsync(@event, general, "Grace Hopper");
        var now = factory.Clock.GetUtcNow();
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Closes soon", ClosesAt: now.AddMinutes(30)));

        // Scanned before the list closed, uploaded after: admitted. A clock two hours fast cannot scan past the closing.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var results = await UploadAsync(_staff, list, new([
            new OfflineScanInput(ada.Code, ScanDirection.Entry, "clock-1", now.AddMinutes(20), ScanOutcome.Valid),
            new OfflineScanInput(grace.Code, ScanDirection.Entry, "clock-2", now.AddHours(3), ScanOutcome.Valid),
        ]));

        results[0].Result.Outcome.ShouldBe(ScanOutcome.Valid);
        results[1].Result.Outcome.ShouldBe(ScanOutcome.Closed);
        results[1].Result.ScannedAt.ShouldBeLessThanOrEqualTo(factory.Clock.GetUtcNow());
    }

    private static async Task<IReadOnlyList<ScanBatchItemDto>> UploadAsync(HttpClient client, CheckInListDto list, ScanBatchInput input) =>
        await (await client.PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans/batch", input)).ShouldBeOkAsync<IReadOnlyList<ScanBatchItemDto>>();

    private async Task<IReadOnlyList<ConflictDto>> ConflictsAsync(Guid eventId) =>
        await (await _supervisor.GetAsync($"api/checkin/events/{eventId}/conflicts")).ShouldBeOkAsync<IReadOnlyList<ConflictDto>>();
}
