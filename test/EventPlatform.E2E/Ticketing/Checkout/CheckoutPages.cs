using EventPlatform.E2E.Infrastructure;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Ticketing.Checkout;

/// <summary>Steps of the buyer's flow as a person takes them in the browser.</summary>
public static class CheckoutPages
{
    public static async Task ReserveAsync(this IPage page, E2EFactory app, string ticketType, int quantity)
    {
        await page.GetByLabel(app.TicketingText("en", "Checkout:QuantityOf", ticketType)).SelectOptionAsync(quantity.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = app.TicketingText("en", "Checkout:Reserve") }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/*");
    }

    public static async Task FillBuyerAsync(this IPage page, string name, string email)
    {
        await page.Locator("#Buyer-Name").FillAsync(name);
        await page.Locator("#Buyer-Email").FillAsync(email);
    }

    public static async Task FillAttendeeAsync(this IPage page, int index, string? name, string? email, string? diet)
    {
        var block = page.Locator("[data-attendee]").Nth(index);
        if (name is not null) await block.Locator($"#Attendees-{index}--Name").FillAsync(name);
        if (email is not null) await block.Locator($"#Attendees-{index}--Email").FillAsync(email);
        if (diet is not null) await block.GetByRole(AriaRole.Radio, new() { Name = diet }).CheckAsync();
    }

    public static Task ConfirmAsync(this IPage page) => page.Locator("#checkout-form button[type=submit]").ClickAsync();

    public static async Task ShouldFitThePhoneAsync(this IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(BrowserTest.Phone.Width);
    }
}
