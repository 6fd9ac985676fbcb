using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Ticketing.Organizer;

/// <summary>The organizer adds a promo code and a registration question in the browser.</summary>
public sealed class PromoCodeAndQuestionFlowTests(E2EFactory app, BrowserFixture browser) : OrganizerBrowserTest(app, browser)
{
    [Fact]
    public async Task Should_create_a_promo_code_and_refuse_the_same_code_twice()
    {
        var eventId = await NewEventAsync("Code Days");
        await NewTicketTypeAsync(eventId, "Regular");
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);

        await page.GotoAsync($"/manage/events/{eventId}/promo-codes");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add promo code" }).ClickAsync();
        await page.WaitForURLAsync("**/promo-codes/new");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("early10");
        await page.GetByLabel("Percentage off").CheckAsync();
        await page.GetByLabel("Discount", new() { Exact = true }).FillAsync("10");
        await page.GetByLabel("Usage limit").FillAsync("50");
        await page.GetByLabel("Regular").CheckAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-promo-code-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save promo code" }).ClickAsync();
        await page.WaitForURLAsync($"**/manage/events/{eventId}/promo-codes");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Promo code added.");
        var row = page.Locator("tbody tr").Filter(new() { HasText = "EARLY10" });
        await Expect(row).ToContainTextAsync("Percentage off 10%");
        await Expect(row).ToContainTextAsync("0 of 50");
        await Expect(row).ToContainTextAsync("Regular");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-promo-codes");

        // The same code in other letters is refused next to the code field.
        await page.GotoAsync($"/manage/events/{eventId}/promo-codes/new");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("Early10");
        await page.GetByLabel("Access code").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save promo code" }).ClickAsync();
        await Expect(page.Locator("#code-error")).ToHaveTextAsync("This event already has the code EARLY10.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-promo-code-taken");
    }

    [Fact]
    public async Task Should_add_a_required_choice_question_for_attendees()
    {
        var eventId = await NewEventAsync("Question Days");
        await NewTicketTypeAsync(eventId, "Workshop");
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);

        await page.GotoAsync($"/manage/events/{eventId}/questions");
        await Expect(page.Locator(".empty-state__title")).ToHaveTextAsync("No questions yet");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add question" }).ClickAsync();
        await page.WaitForURLAsync("**/questions/new");

        // A choice without options is refused next to the options field.
        await page.GetByLabel("Question", new() { Exact = true }).FillAsync("Dietary needs");
        await page.GetByLabel("Answer type").SelectOptionAsync(new SelectOptionValue { Label = "Choice" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save question" }).ClickAsync();
        await Expect(page.Locator("#options-error")).Not.ToBeEmptyAsync();

        await page.GetByLabel("Choices").FillAsync("Vegan\nVegetarian\nNo restrictions");
        await page.GetByLabel("For every attendee").CheckAsync();
        await page.GetByLabel("Workshop").CheckAsync();
        await page.GetByLabel("An answer is required").CheckAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-question-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save question" }).ClickAsync();
        await page.WaitForURLAsync($"**/manage/events/{eventId}/questions");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Question added.");
        var item = page.Locator(".tix-question");
        await Expect(item).ToContainTextAsync("Dietary needs");
        await Expect(item).ToContainTextAsync("Required");
        await Expect(item).ToContainTextAsync("Choice · Per attendee · only Workshop");
        await Expect(item).ToContainTextAsync("Vegan · Vegetarian · No restrictions");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-questions");
    }
}
