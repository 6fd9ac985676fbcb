using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Ticketing.Orders;

/// <summary>The buyer opens the order link without an account and passes a ticket on to someone else.</summary>
public sealed class OrderPageTests(E2EFactory app, BrowserFixture browser) : OrdersBrowserTest(app, browser)
{
    [Fact]
    public async Task Should_transfer_a_ticket_from_the_order_page_which_changes_its_code()
    {
        var sale = await NewSaleAsync("Transfer Days");
        var order = await BuyAsync(sale, "Ada Lovelace", "ada@example.com", quantity: 2);
        var page = await NewPageAsync();

        await page.GotoAsync($"/o/{TestData.OrgASlug}/orders/{order.Number}?t={order.AccessToken}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Transfer Days" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download tickets (PDF)" }))
            .ToHaveAttributeAsync("href", $"/o/{TestData.OrgASlug}/orders/{order.Number}/tickets.pdf?t={order.AccessToken}");
        var codes = page.GetByTestId("ticket-code");
        var before = await codes.First.TextContentAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "orders-order-page");

        await page.GetByText("Pass on to someone else").First.ClickAsync();
        await page.GetByLabel("Name of the new holder").First.FillAsync("Grace Hopper");
        await page.GetByLabel("Their e-mail address").First.FillAsync("grace@example.com");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Transfer ticket" }).First.ClickAsync();

        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("The ticket was transferred; the new holder gets an e-mail with the new code.");
        await Expect(page.Locator(".orders-public-ticket__name").First).ToHaveTextAsync("Grace Hopper");
        (await codes.First.TextContentAsync()).ShouldNotBe(before);
        await ScreenshotAsync(page, "orders-order-page-transferred");

        var phone = await NewPageAsync(viewport: Phone);
        await phone.GotoAsync($"/o/{TestData.OrgASlug}/orders/{order.Number}?t={order.AccessToken}");
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        await phone.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(phone, "orders-order-page-phone");
    }

    [Fact]
    public async Task Should_answer_not_found_for_a_wrong_token()
    {
        var order = await BuyAsync(await NewSaleAsync("Token Days"), "Ada Lovelace", "ada@example.com");
        var page = await NewPageAsync();

        var response = await page.GotoAsync($"/o/{TestData.OrgASlug}/orders/{order.Number}?t=WRONG");

        response!.Status.ShouldBe(404);
    }

    [Fact]
    public async Task Should_list_the_signed_in_users_orders_on_my_tickets()
    {
        var order = await BuyAsync(await NewSaleAsync("My Tickets Days"), "Staff A", TestData.EmailOf(TestData.StaffA));
        var page = await NewSignedInPageAsync(TestData.StaffA);

        await page.GotoAsync("/my/tickets");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My Tickets Days" })).ToBeVisibleAsync();
        await Expect(page.Locator(".orders-mine")).ToContainTextAsync(order.Number);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "orders-my-tickets");
    }
}
