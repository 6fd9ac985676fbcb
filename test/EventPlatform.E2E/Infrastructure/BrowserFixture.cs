using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Infrastructure;

/// <summary>
/// One headless Debian chromium per test run, driven by Playwright: the headless shell (Debian's
/// <c>chromium-headless-shell</c>, the same engine without the full browser's user interface), which Playwright itself
/// runs for headless tests; here it takes the browser tests from about 13.5 to 8 minutes. The tests never download a
/// browser: a missing one fails every browser test with the instruction below. EP_CHROMIUM may name another chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>
    /// Contexts a finished test handed back, cleared, by language and phone-or-desktop. On this machine a context's
    /// first page costs chromium about two seconds of CPU, a page in a context that has one open about a quarter of
    /// that: each kept context therefore keeps a blank page open, and the tests reuse them.
    /// </summary>
    private readonly ConcurrentDictionary<(string Locale, bool Phone), ConcurrentStack<IBrowserContext>> _idle = new();
    private readonly ConcurrentDictionary<IBrowserContext, Kept> _kept = new();

    /// <summary>What the fixture remembers of a context it made: its open blank page, its kind and the app's origin.</summary>
    private sealed record Kept(IPage Keeper, string Locale, bool Phone, string Origin);

    /// <summary>
    /// How long handing a context back may take. Once in a run of the suite, Playwright's driver never answered a page's
    /// close and the run waited for it until killed; past this, the context is dropped and the next test goes on.
    /// </summary>
    private static readonly TimeSpan HandBackLimit = TimeSpan.FromSeconds(30);

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public static string ExecutablePath => Environment.GetEnvironmentVariable("EP_CHROMIUM") ?? "/usr/bin/chromium-headless-shell";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need chromium at {ExecutablePath}. Install it with 'apt-get install -y chromium-headless-shell' " +
                "or point EP_CHROMIUM at a chromium binary; they never run 'playwright install'.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A context of its own for one page of a test: a cleared one handed back earlier, or a new one.</summary>
    public async Task<IBrowserContext> RentContextAsync(string baseUrl, string locale, bool phone)
    {
        if (_idle.TryGetValue((locale, phone), out var idle) && idle.TryPop(out var kept)) return kept;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = locale,
            ViewportSize = phone ? Phone : Desktop,
            IsMobile = phone,
            HasTouch = phone,
            // Bootstrap then skips its colour transitions, so axe-core never measures a button halfway through one.
            ReducedMotion = ReducedMotion.Reduce,
        });
        _kept[context] = new Kept(await context.NewPageAsync(), locale, phone, new Uri(baseUrl).GetLeftPart(UriPartial.Authority));
        return context;
    }

    /// <summary>
    /// Takes a context back after its test: its pages closed, and its cookies, site data (storage, IndexedDB, service
    /// workers, caches), HTTP cache, permissions, headers, offline mode and routes cleared. <paramref name="reusable"/>
    /// false (a test that installed <c>page.Clock</c>, which cannot be taken out again) closes it instead.
    /// </summary>
    public async Task ReturnContextAsync(IBrowserContext context, bool reusable)
    {
        if (!reusable || !_kept.TryGetValue(context, out var kept) || kept.Keeper.IsClosed)
        {
            await CloseAsync(context);
            return;
        }

        try
        {
            await ClearAsync(context, kept).WaitAsync(HandBackLimit);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            await CloseAsync(context);
            return;
        }

        _idle.GetOrAdd((kept.Locale, kept.Phone), _ => new ConcurrentStack<IBrowserContext>()).Push(context);
    }

    private static async Task ClearAsync(IBrowserContext context, Kept kept)
    {
        foreach (var page in context.Pages.Where(p => p != kept.Keeper).ToList()) await page.CloseAsync();
        var cdp = await context.NewCDPSessionAsync(kept.Keeper);
        await cdp.SendAsync("Storage.clearDataForOrigin", new Dictionary<string, object>
        {
            ["origin"] = kept.Origin,
            ["storageTypes"] = "all",
        });
        await cdp.SendAsync("Network.clearBrowserCache");
        await cdp.DetachAsync();
        await context.ClearCookiesAsync();
        await context.ClearPermissionsAsync();
        await context.SetExtraHTTPHeadersAsync(new Dictionary<string, string>());
        await context.SetOfflineAsync(false);
        await context.UnrouteAllAsync();
    }

    /// <summary>Closes a context for good; one whose close does not finish within the limit is left to the browser's end.</summary>
    private async Task CloseAsync(IBrowserContext context)
    {
        _kept.TryRemove(context, out _);
        try
        {
            await context.CloseAsync().WaitAsync(HandBackLimit);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"A browser context did not close: {e.Message}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
