using EventPlatform.E2E.Infrastructure;
using Microsoft.Playwright;

namespace EventPlatform.E2E;

/// <summary>The browser tests share cleared contexts: what one test leaves behind must not reach the next.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserContextReuseTests(E2EFactory app, BrowserFixture browser)
{
    [Fact]
    public async Task Should_hand_back_a_context_without_the_cookies_storage_headers_or_offline_mode_of_the_last_test()
    {
        var context = await browser.RentContextAsync(app.BaseUrl, "nl-NL", phone: false);
        await context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["X-Left-Behind"] = "yes" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("""
            async () => {
              document.cookie = 'left=behind; path=/';
              localStorage.setItem('left', 'behind');
              await new Promise((done, fail) => {
                const open = indexedDB.open('left-behind', 1);
                open.onupgradeneeded = () => open.result.createObjectStore('things');
                open.onsuccess = () => { open.result.close(); done(); };
                open.onerror = () => fail(open.error);
              });
            }
            """);
        await context.SetOfflineAsync(true);

        await browser.ReturnContextAsync(context, reusable: true);
        var again = await browser.RentContextAsync(app.BaseUrl, "nl-NL", phone: false);

        again.ShouldBeSameAs(context);
        again.Pages.Count.ShouldBe(1, "only the kept blank page is left open");
        (await again.CookiesAsync()).ShouldBeEmpty();
        var next = await again.NewPageAsync();
        string? header = null;
        next.Request += (_, request) => header ??= request.Headers.GetValueOrDefault("x-left-behind");
        var response = await next.GotoAsync("/");
        response!.Status.ShouldBe(200, "the context is back online");
        header.ShouldBeNull();
        (await next.EvaluateAsync<string?>("() => localStorage.getItem('left')")).ShouldBeNull();
        (await next.EvaluateAsync<bool>("async () => (await indexedDB.databases()).some(d => d.name === 'left-behind')")).ShouldBeFalse();
        await browser.ReturnContextAsync(again, reusable: true);
    }

    [Fact]
    public async Task Should_name_a_request_the_browser_still_waits_for_when_a_test_ends()
    {
        var test = new HangingRequestTest(app, browser);
        var page = await test.OpenAsync();
        await page.GotoAsync("/");
        // Never answered: the handler neither fulfils, continues nor aborts the request.
        await page.RouteAsync("**/never-answered", _ => Task.CompletedTask);
        await page.EvaluateAsync("() => { fetch('/never-answered'); }");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var error = await Should.ThrowAsync<InvalidOperationException>(test.DisposeAsync());

        error.Message.ShouldStartWith("The browser was still waiting for: GET " + app.BaseUrl.TrimEnd('/') + "/never-answered (fetch, waiting ");
    }

    private sealed class HangingRequestTest(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
    {
        protected override TimeSpan StalledAfter => TimeSpan.FromSeconds(1);

        public Task<IPage> OpenAsync() => NewPageAsync();
    }
}
