using Microsoft.Playwright;

namespace EventPlatform.E2E.Infrastructure;

/// <summary>Base of the browser tests: a fresh context (own cookies) per page, closed after the test.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(E2EFactory app, BrowserFixture browser) : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly List<IBrowserContext> _contexts = [];

    protected E2EFactory App => app;

    /// <summary>A new page; <paramref name="locale"/> sets the browser language (Accept-Language).</summary>
    protected async Task<IPage> NewPageAsync(string locale = "en-US", ViewportSize? viewport = null)
    {
        var phone = viewport is { Width: < 768 };
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            Locale = locale,
            ViewportSize = viewport ?? Desktop,
            IsMobile = phone,
            HasTouch = phone,
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
    }
}
