using EventPlatform.E2E.Infrastructure;

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
}
