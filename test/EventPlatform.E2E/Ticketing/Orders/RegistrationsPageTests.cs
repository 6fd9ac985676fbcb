using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Ticketing.Orders;

/// <summary>The organizer finds a registration, cancels it with the confirmation dialog, and reads an order's details.</summary>
public sealed class RegistrationsPageTests(E2EFactory app, BrowserFixture browser) : OrdersBrowserTest(app, browser)
{
    [Fact]
    public async Task Should_search_registrations_and_cancel_an_order_after_confirming()
    {
        var sale = await NewSaleAsync("Registrations Summit");
        await BuyAsync(sale, "Ada Lovelace", "ada@example.com", quantity: 2);
        var grace = await BuyAsync(sale, "Grace Hopper", "grace@example.com");
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);

        await page.GotoAsync($"/manage/events/{sale.Event.Id}/registrations");
        await Expect(page.Locator(".orders-table tbody tr")).ToHaveCountAsync(2);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "orders-registrations");

        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("hopper");
        await page.GetByLabel("Search", new() { Exact = true }).PressAsync("Enter");
        await Expect(page.Locator(".orders-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator(".orders-table tbody tr")).ToContainTextAsync("Grace Hopper");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel order" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Cancel order {grace.Number}?");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "orders-registrations-cancel-dialog");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("The order is cancelled and its seats are free again.");
        await Expect(page.Locator(".orders-table tbody tr", new() { HasText = "Grace Hopper" }).Locator(".orders-status")).ToHaveTextAsync("Cancelled");

        await page.GetByRole(AriaRole.Link, new() { Name = grace.Number, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = grace.Number })).ToBeVisibleAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "orders-registration-detail");

        var phone = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA, viewport: Phone);
        await phone.GotoAsync($"/manage/events/{sale.Event.Id}/registrations");
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        await phone.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(phone, "orders-registrations-phone");

        await phone.GotoAsync($"/manage/events/{sale.Event.Id}/waitlist");
        await phone.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(phone, "orders-waitlist-phone");
    }
}
