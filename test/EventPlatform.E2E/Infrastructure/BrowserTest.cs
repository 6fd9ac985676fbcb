using System.Collections.Concurrent;
using System.Diagnostics;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Infrastructure;

/// <summary>
/// Base of the browser tests: every page in a context of its own (own cookies, storage and headers), handed back
/// cleared after the test (<see cref="BrowserFixture.ReturnContextAsync"/>). A request the browser is still waiting for
/// after <see cref="StalledAfter"/> when the test ends fails the test by name: a page whose load event never comes then
/// says which of its requests hung.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(E2EFactory app, BrowserFixture browser) : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = BrowserFixture.Desktop;
    public static readonly ViewportSize Phone = BrowserFixture.Phone;

    private readonly List<IBrowserContext> _contexts = [];
    private readonly ConcurrentDictionary<IRequest, long> _inFlight = new();

    protected E2EFactory App => app;

    /// <summary>
    /// False for a test class that installs <c>page.Clock</c>: Playwright keeps a context's clock for good, so its
    /// contexts are closed after each test instead of being cleared for the next one.
    /// </summary>
    protected virtual bool ReusesBrowserContexts => true;

    /// <summary>How long a request may stay unanswered before the end of the test calls it hung.</summary>
    protected virtual TimeSpan StalledAfter => TimeSpan.FromSeconds(10);

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
        var context = await browser.RentContextAsync(app.BaseUrl, locale, phone);
        _contexts.Add(context);
        context.Request += OnRequest;
        context.RequestFinished += OnRequestDone;
        context.RequestFailed += OnRequestDone;
        if (headers is not null) await context.SetExtraHTTPHeadersAsync(headers);
        var page = await context.NewPageAsync();
        var size = viewport ?? Desktop;
        var standard = phone ? Phone : Desktop;
        if (size.Width != standard.Width || size.Height != standard.Height) await page.SetViewportSizeAsync(size.Width, size.Height);
        return page;
    }

    private void OnRequest(object? sender, IRequest request) => _inFlight[request] = Stopwatch.GetTimestamp();

    private void OnRequestDone(object? sender, IRequest request) => _inFlight.TryRemove(request, out _);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        var stalled = _inFlight.Select(r => (Request: r.Key, Age: Stopwatch.GetElapsedTime(r.Value))).Where(r => r.Age > StalledAfter)
            .Select(r => $"{r.Request.Method} {r.Request.Url} ({r.Request.ResourceType}, waiting {r.Age.TotalSeconds:0} s)").ToList();
        foreach (var context in _contexts)
        {
            context.Request -= OnRequest;
            context.RequestFinished -= OnRequestDone;
            context.RequestFailed -= OnRequestDone;
            await browser.ReturnContextAsync(context, ReusesBrowserContexts);
        }

        if (stalled.Count > 0) throw new InvalidOperationException("The browser was still waiting for: " + string.Join("; ", stalled));
    }
}
