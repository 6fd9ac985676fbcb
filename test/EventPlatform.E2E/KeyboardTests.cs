using EventPlatform.E2E.Infrastructure;

namespace EventPlatform.E2E;

public sealed class KeyboardTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_reach_the_skip_link_with_the_first_tab_and_move_focus_to_main()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");
        var focusedAfterEnter = await page.EvaluateAsync<string>("() => document.activeElement.id");

        focused.ShouldBe(App.Text("en", "Layout:SkipToContent"));
        focusedAfterEnter.ShouldBe("main");
    }

    [Fact]
    public async Task Should_show_the_skip_link_while_it_has_focus()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        (await page.Locator(".skip-link").BoundingBoxAsync())!.Y.ShouldBeGreaterThanOrEqualTo(0);
    }
}
