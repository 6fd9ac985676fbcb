using System.Net.Http.Json;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.E2E.Ticketing.Checkout;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Orders;
using Microsoft.Playwright;

namespace EventPlatform.E2E.CheckIn;

/// <summary>
/// The gate on a phone loses its network: it keeps judging scans from the downloaded list (a forged QR code too), queues
/// them, reopens from the service worker's cache, and uploads the queue when the network is back. Search finds people.
/// An entry let in by mistake is undone, queued or uploaded.
/// </summary>
public sealed class OfflineGateTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_keep_scanning_offline_and_sync_when_the_network_is_back()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var ada = await CheckInSeed.BuyAsync(App, seeded, "Ada Lovelace");
        var grace = await CheckInSeed.BuyAsync(App, seeded, "Grace Hopper");
        var alan = await CheckInSeed.BuyAsync(App, seeded, "Alan Turing");
        var owner = CheckInSeed.Owner(App, seeded);
        var list = await (await owner.PostAsJsonAsync($"api/checkin/events/{seeded.Event.Id}/lists", new CheckInListInput("Main entrance")))
            .ShouldBeOkAsync<CheckInListDto>();
        var payload = await CheckInSeed.PayloadAsync(App, seeded, ada);
        var tampered = payload[..^2] + (payload[^2] == 'A' ? "B" : "A") + payload[^1];

        var gate = await NewSignedInPageAsync(TestData.UserA, seeded.OrganizationId, viewport: Phone);
        await gate.GotoAsync($"/check-in/{list.Id}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var listLine = gate.Locator("[data-gate-list]");
        var queueLine = gate.Locator("[data-gate-queue]");
        await Assertions.Expect(listLine).ToContainTextAsync("3 tickets ready offline, updated ");
        await gate.Locator("[data-gate-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        // The service worker has kept the page and its files.
        await gate.Locator("[data-gate-cached=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-gate-online-phone");
        // Installable: the manifest the page links opens this list's gate, within the service worker's scope.
        (await gate.EvaluateAsync<string>("fetch(document.querySelector('link[rel=manifest]').href, { credentials: 'include' }).then(r => r.json())"
            + ".then(m => `${m.start_url} ${m.scope} ${m.display} ${m.icons.length}`)")).ShouldBe($"/check-in/{list.Id} /check-in/ standalone 2");

        // Online, a search by name checks Alan in through the same path as a scan.
        await gate.GetByLabel("Name, email or confirmation number").FillAsync("Turing");
        await gate.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(gate.Locator("[data-gate-search-summary]")).ToHaveTextAsync("1 attendee(s) found");
        await gate.GetByRole(AriaRole.Button, new() { Name = "Check in Alan Turing" }).ClickAsync();
        await gate.Locator(".scan-result__panel[data-outcome=Valid]:not([data-offline])").WaitForAsync();
        (await gate.Locator(".scan-result__who").TextContentAsync()).ShouldBe("Alan Turing");
        await Assertions.Expect(gate.Locator(".gate-search__state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Checked in at "));

        await gate.Context.SetOfflineAsync(true);
        await gate.Locator("[data-gate-connection][data-state=offline]").WaitForAsync();
        var field = gate.GetByLabel("Ticket code or QR code");
        await field.FillAsync(payload);
        await field.PressAsync("Enter");
        await gate.Locator(".scan-result__panel[data-offline=true][data-outcome=Valid]").WaitForAsync();
        (await gate.Locator(".scan-result__who").TextContentAsync()).ShouldBe("Ada Lovelace");
        (await gate.Locator(".scan-result__badge").TextContentAsync())!.Trim().ShouldBe("Offline · checked on this device");
        await Assertions.Expect(queueLine).ToHaveTextAsync("1 scan(s) waiting to sync");
        await gate.ShouldFitThePhoneAsync();
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-gate-offline-valid-phone");

        // A forged QR code is refused without the server: its signature does not verify against the downloaded keys.
        await field.FillAsync(tampered);
        await field.PressAsync("Enter");
        await gate.Locator(".scan-result__panel[data-offline=true][data-outcome=Tampered]").WaitForAsync();
        (await gate.Locator(".scan-result__title").TextContentAsync()).ShouldBe("Forged or damaged QR code");
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-gate-offline-tampered-phone");

        // Ada again: this device remembers it let her in.
        await field.FillAsync(ada.Code);
        await field.PressAsync("Enter");
        await gate.Locator(".scan-result__panel[data-offline=true][data-outcome=AlreadyCheckedIn]").WaitForAsync();
        (await gate.Locator(".scan-result__when").TextContentAsync())!.ShouldEndWith(" by this device");

        // Offline search reads the downloaded list; its button checks Grace in offline.
        await gate.GetByLabel("Name, email or confirmation number").FillAsync("grace@");
        await gate.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(gate.Locator("[data-gate-search-summary]")).ToHaveTextAsync("1 attendee(s) found in the offline list");
        await gate.GetByRole(AriaRole.Button, new() { Name = "Check in Grace Hopper" }).ClickAsync();
        await Assertions.Expect(gate.Locator(".scan-result__who")).ToHaveTextAsync("Grace Hopper");
        (await gate.Locator(".scan-result__panel").GetAttributeAsync("data-outcome")).ShouldBe("Valid");
        await Assertions.Expect(queueLine).ToHaveTextAsync("4 scan(s) waiting to sync");
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-gate-offline-search-phone");

        // The page reopens without a network (service worker), with its list and its queue.
        await gate.ReloadAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(listLine).ToContainTextAsync("3 tickets ready offline");
        await Assertions.Expect(queueLine).ToHaveTextAsync("4 scan(s) waiting to sync");

        await gate.Context.SetOfflineAsync(false);
        await Assertions.Expect(queueLine).ToHaveTextAsync("All scans synced.", new() { Timeout = 20_000 });
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-gate-synced-phone");

        (await owner.GetFromJsonAsync<CheckInListDto>($"api/checkin/check-in-list/{list.Id}"))!.Admitted.ShouldBe(3);
        var again = await (await owner.PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans", new ScanInput(grace.Code))).ShouldBeOkAsync<ScanResultDto>();
        again.Outcome.ShouldBe(ScanOutcome.AlreadyCheckedIn);
    }

    [Fact]
    public async Task Should_turn_away_offline_what_the_list_does_not_admit()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var regular = await CheckInSeed.BuyAsync(App, seeded, "Ada Lovelace");
        var unpaid = await CheckInSeed.BuyAsync(App, seeded, "Grace Hopper", seeded.Workshop);
        var list = await (await CheckInSeed.Owner(App, seeded).PostAsJsonAsync($"api/checkin/events/{seeded.Event.Id}/lists",
            new CheckInListInput("Workshop room", TicketTypeIds: [seeded.Workshop.Id]))).ShouldBeOkAsync<CheckInListDto>();

        var gate = await OfflineGateAsync(seeded.OrganizationId, list.Id, tickets: 2);

        var field = gate.GetByLabel("Ticket code or QR code");
        foreach (var (code, outcome, title) in new[]
                 {
                     (regular.Code, "WrongList", "Not valid at this entrance"),
                     (unpaid.Code, "Unpaid", "Not paid"),
                     ("ZZZZ ZZZZ ZZZZ ZZZZ ZZZZ ZZZZ ZZ", "Unknown", "Unknown ticket"),
                 })
        {
            await field.FillAsync(code);
            await field.PressAsync("Enter");
            await gate.Locator($".scan-result__panel[data-offline=true][data-outcome={outcome}]").WaitForAsync();
            (await gate.Locator(".scan-result__title").TextContentAsync()).ShouldBe(title);
        }

        await Assertions.Expect(gate.Locator("[data-gate-queue]")).ToHaveTextAsync("3 scan(s) waiting to sync");
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-gate-offline-refused-desktop");
    }

    [Fact]
    public async Task Should_undo_an_offline_entry_while_it_waits_to_sync_and_after_it_is_uploaded()
    {
        var (seeded, ada, owner, list) = await AdaOnAListAsync("Side door");

        var gate = await OfflineGateAsync(seeded.OrganizationId, list.Id, tickets: 1, Phone);
        var field = gate.GetByLabel("Ticket code or QR code");
        var queueLine = gate.Locator("[data-gate-queue]");

        // Let in by mistake, taken back before the network is back: the scan leaves the queue and Ada may enter again.
        await field.FillAsync(ada.Code);
        await field.PressAsync("Enter");
        await gate.Locator(".scan-result__panel[data-offline=true][data-outcome=Valid]").WaitForAsync();
        await Assertions.Expect(queueLine).ToHaveTextAsync("1 scan(s) waiting to sync");
        await gate.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(gate.Locator(".scan-result__panel[data-undone=true] .scan-result__title")).ToHaveTextAsync("Scan undone");
        await Assertions.Expect(queueLine).ToHaveAttributeAsync("data-queue", "0");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-gate-offline-undone-phone");

        await field.FillAsync(ada.Code);
        await field.PressAsync("Enter");
        await gate.Locator(".scan-result__panel[data-offline=true][data-outcome=Valid]:not([data-undone])").WaitForAsync();
        await Assertions.Expect(queueLine).ToHaveTextAsync("1 scan(s) waiting to sync");

        // Back online the entry is uploaded; its undo then goes to the server.
        await gate.Context.SetOfflineAsync(false);
        await Assertions.Expect(queueLine).ToHaveTextAsync("All scans synced.", new() { Timeout = 20_000 });
        (await owner.GetFromJsonAsync<CheckInListDto>($"api/checkin/check-in-list/{list.Id}"))!.Admitted.ShouldBe(1);
        // Without the network that undo cannot happen: the result says so and keeps its button.
        await gate.Context.SetOfflineAsync(true);
        await gate.Locator("[data-gate-connection][data-state=offline]").WaitForAsync();
        await gate.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(gate.Locator("[data-undo-failed]")).ToHaveTextAsync("Could not undo this scan. Try again when the network is back.");
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-gate-undo-failed-phone");
        await gate.Context.SetOfflineAsync(false);
        await gate.Locator("[data-gate-connection][data-state=online]").WaitForAsync();
        await gate.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(gate.Locator("[data-undo-failed]")).ToHaveCountAsync(0);
        await Assertions.Expect(gate.Locator(".scan-result__panel[data-undone=true] .scan-result__title")).ToHaveTextAsync("Scan undone");

        (await owner.GetFromJsonAsync<CheckInListDto>($"api/checkin/check-in-list/{list.Id}"))!.Admitted.ShouldBe(0);
        var again = await (await owner.PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans", new ScanInput(ada.Code))).ShouldBeOkAsync<ScanResultDto>();
        again.Outcome.ShouldBe(ScanOutcome.Valid);
    }

    [Fact]
    public async Task Should_show_a_supervisor_the_ticket_two_offline_gates_let_in_until_it_is_reviewed()
    {
        var (seeded, ada, owner, list) = await AdaOnAListAsync("North door");
        // Two phones, both offline, both let Ada in; each uploads its queue when back.
        var now = DateTimeOffset.UtcNow;
        foreach (var (nonce, at) in new[] { ("phone-1", now.AddMinutes(-9)), ("phone-2", now.AddMinutes(-6)) })
        {
            (await owner.PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans/batch",
                new ScanBatchInput([new OfflineScanInput(ada.Code, ScanDirection.Entry, nonce, at, ScanOutcome.Valid)]))).EnsureSuccessStatusCode();
        }

        var page = await NewSignedInPageAsync(TestData.UserA, seeded.OrganizationId);
        await page.GotoAsync($"/manage/events/{seeded.Event.Id}/check-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Offline conflicts (1 to review)" }).ClickAsync();
        await page.WaitForURLAsync("**/check-in/conflicts");
        var conflict = page.Locator("[data-conflict]");
        (await conflict.Locator("h2").TextContentAsync()).ShouldBe("Ada Lovelace");
        (await conflict.InnerTextAsync()).ShouldContain("Admitted first");
        (await conflict.InnerTextAsync()).ShouldContain("Also admitted offline");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkin-conflicts");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark reviewed · Ada Lovelace" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Conflict for Ada Lovelace marked reviewed.");
        (await conflict.InnerTextAsync()).ShouldContain("Reviewed by ");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkin-conflicts-reviewed");
    }

    /// <summary>An event with one attendee, Ada Lovelace, and a check-in list of its own; with the owner's API client.</summary>
    private async Task<(CheckoutSeed.Seeded Seeded, TicketDto Ada, HttpClient Owner, CheckInListDto List)> AdaOnAListAsync(string listName)
    {
        var seeded = await App.SeedTicketedEventAsync();
        var ada = await CheckInSeed.BuyAsync(App, seeded, "Ada Lovelace");
        var owner = CheckInSeed.Owner(App, seeded);
        var list = await (await owner.PostAsJsonAsync($"api/checkin/events/{seeded.Event.Id}/lists", new CheckInListInput(listName)))
            .ShouldBeOkAsync<CheckInListDto>();
        return (seeded, ada, owner, list);
    }

    /// <summary>The list's gate, signed in as staff, with its <paramref name="tickets"/> downloaded, and then cut off from the network.</summary>
    private async Task<IPage> OfflineGateAsync(Guid organizationId, Guid listId, int tickets, ViewportSize? viewport = null)
    {
        var gate = await NewSignedInPageAsync(TestData.UserA, organizationId, viewport: viewport);
        await gate.GotoAsync($"/check-in/{listId}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(gate.Locator("[data-gate-list]")).ToContainTextAsync($"{tickets} tickets ready offline");
        await gate.Locator("[data-gate-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await gate.Context.SetOfflineAsync(true);
        await gate.Locator("[data-gate-connection][data-state=offline]").WaitForAsync();
        return gate;
    }
}
