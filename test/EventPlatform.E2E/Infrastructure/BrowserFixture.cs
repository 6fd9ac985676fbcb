using Microsoft.Playwright;

namespace EventPlatform.E2E.Infrastructure;

/// <summary>
/// One headless Debian chromium per test run, driven by Playwright. The tests never download a browser:
/// a missing chromium fails every browser test with the instruction below.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public static string ExecutablePath => Environment.GetEnvironmentVariable("EP_CHROMIUM") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need chromium at {ExecutablePath}. Install it with 'apt-get install -y chromium' " +
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

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
