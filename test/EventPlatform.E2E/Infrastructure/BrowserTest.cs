using EventPlatform.TestBase;
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
    protected Task<IPage> NewPageAsync(string locale = "en-US", ViewportSize? viewport = null) =>
        NewPageAsync(locale, viewport, headers: null);

    /// <summary>A new page signed in as <paramref name="user"/> (test sign-in header) with <paramref name="organization"/> selected.</summary>
    protected Task<IPage> NewSignedInPageAsync(Guid user, Guid? organization = null, string locale = "en-US", ViewportSize? viewport = null)
    {
        var headers = new Dictionary<string, string> { [TestAuthHandler.UserHeader] = user.ToString() };
        if (organization is { } org) headers[TestAuthHandler.OrganizationHeader] = org.ToString();
        return NewPageAsync(locale, viewport, headers);
    }

    /// <summary>Saves a screenshot under <c>$EP_SCREENSHOTS</c> when that is set, for people to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("EP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    private async Task<IPage> NewPageAsync(string locale, ViewportSize? viewport, Dictionary<string, string>? headers)
    {
        var phone = viewport is { Width: < 768 };
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            Locale = locale,
            ViewportSize = viewport ?? Desktop,
            IsMobile = phone,
            HasTouch = phone,
            ExtraHTTPHeaders = headers,
            // Bootstrap then skips its colour transitions, so axe-core never measures a button halfway through one.
            ReducedMotion = ReducedMotion.Reduce,
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
