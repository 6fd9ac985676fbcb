using EventPlatform.E2E.Infrastructure;
using EventPlatform.E2E.Ticketing.Checkout;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using QRCoder;

namespace EventPlatform.E2E.CheckIn;

/// <summary>An organizer sets up a gate; at the gate, codes are typed (as a handheld scanner types them) and a QR photo is read.</summary>
public sealed class ScannerPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_set_up_a_gate_and_check_people_in_by_code_and_by_qr_photo()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var ada = await CheckInSeed.BuyAsync(App, seeded, "Ada Lovelace");
        var grace = await CheckInSeed.BuyAsync(App, seeded, "Grace Hopper");

        var page = await NewSignedInPageAsync(TestData.UserA, seeded.OrganizationId);
        await page.GotoAsync($"/manage/events/{seeded.Event.Id}");
        // The event page's link, not the main navigation's gate home of the same name.
        await page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "Check-in" }).ClickAsync();
        await page.WaitForURLAsync($"**/manage/events/{seeded.Event.Id}/check-in");
        (await page.Locator(".empty-state__title").TextContentAsync()).ShouldBe("No check-in lists yet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create list" }).ClickAsync();
        (await page.Locator("#list-error").TextContentAsync()).ShouldBe("Enter a name for the list.");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Main entrance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create list" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).ShouldBe("Check-in list “Main entrance” created.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkin-lists");

        // The gate, on a phone: a handheld scanner types the code and presses Enter.
        var gate = await NewSignedInPageAsync(TestData.UserA, seeded.OrganizationId, viewport: Phone);
        await gate.GotoAsync($"/manage/events/{seeded.Event.Id}/check-in");
        await gate.GetByRole(AriaRole.Link, new() { Name = "Open scanner" }).ClickAsync();
        await gate.WaitForURLAsync("**/check-in/*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await gate.Locator(".scan-result__title").TextContentAsync()).ShouldBe("Ready to scan");
        // The page's script has taken over the form and found the QR reader.
        await gate.Locator("[data-scanner-ready=camera]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var field = gate.GetByLabel("Ticket code or QR code");
        await field.FillAsync(ada.Code);
        await field.PressAsync("Enter");
        await gate.Locator("[data-outcome=Valid]").WaitForAsync();
        (await gate.Locator(".scan-result__who").TextContentAsync()).ShouldBe("Ada Lovelace");
        (await field.InputValueAsync()).ShouldBeEmpty();
        await gate.ShouldFitThePhoneAsync();
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-scanner-valid-phone");

        await field.FillAsync(ada.Code);
        await field.PressAsync("Enter");
        await gate.Locator("[data-outcome=AlreadyCheckedIn]").WaitForAsync();
        (await gate.Locator(".scan-result__title").TextContentAsync()).ShouldBe("Already checked in");
        (await gate.Locator(".scan-result__when").TextContentAsync())!.ShouldEndWith(" by " + TestData.EmailOf(TestData.UserA));
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-scanner-already-phone");

        // A photo of Grace's QR code, as a phone without camera access would send it.
        var photo = Path.Combine(Path.GetTempPath(), $"ticket-{grace.Id:N}.png");
        await File.WriteAllBytesAsync(photo, new PngByteQRCode(new QRCodeGenerator().CreateQrCode(await CheckInSeed.PayloadAsync(App, seeded, grace), QRCodeGenerator.ECCLevel.M)).GetGraphic(8));
        await gate.Locator("#scan-photo").SetInputFilesAsync(photo);
        // The result (or what went wrong) replaces Ada's: the assertion then says which.
        await gate.Locator(".scan-result__who").Filter(new() { HasNotText = "Ada Lovelace" }).Or(gate.Locator(".scan-result__title", new() { HasText = "photo" }))
            .First.WaitForAsync(new() { Timeout = 60_000 });
        (await gate.Locator(".scanner__result").InnerTextAsync()).ShouldContain("Grace Hopper");
        (await gate.Locator(".scan-result__panel").GetAttributeAsync("data-outcome")).ShouldBe("Valid");

        // A mistaken admission is taken back, and the ticket can enter again.
        await gate.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await gate.Locator(".scan-result__title").Filter(new() { HasText = "Scan undone" }).WaitForAsync();
        await gate.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(gate, "checkin-scanner-undone-phone");
        await field.FillAsync(grace.Code);
        await field.PressAsync("Enter");
        await gate.Locator("[data-outcome=Valid]:not([data-undone=true])").WaitForAsync();

        await page.ReloadAsync();
        (await page.Locator(".checkin-list__facts").TextContentAsync())!.ShouldContain("2 checked in");
    }
}
