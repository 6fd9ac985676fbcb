using EventPlatform.E2E.Infrastructure;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Organizations;

/// <summary>Browser tests of the organization pages, signed in through the real session cookie (issued by the host's sign-in manager).</summary>
public abstract class OrganizationBrowserTest(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    /// <summary>Where screenshots of these tests go, to look at after a run.</summary>
    protected async Task<(Guid Id, string Email)> NewUserAsync(string name)
    {
        var id = Guid.CreateVersion7();
        var email = $"e2e-{id:N}@example.test";
        await App.InTenantAsync(null, async sp =>
        {
            var result = await sp.GetRequiredService<UserManager<User>>()
                .CreateAsync(new User(id, email, name, DateTimeOffset.UtcNow) { EmailConfirmed = true }, TestData.Password);
            result.Succeeded.ShouldBeTrue();
        });
        return (id, email);
    }

    /// <summary>An organization owned by <paramref name="owner"/>, created the way the "new organization" page does.</summary>
    protected Task<Organization> NewOrganizationAsync(Guid owner, string name) =>
        App.InTenantAsync(null, async sp => await sp.GetRequiredService<OrganizationManager>()
            .CreateAsync(owner, name, $"e2e-{Guid.NewGuid():N}"[..16]));

    protected async Task<IPage> SignedInPageAsync(Guid user, string locale = "en-US", ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(locale, viewport);
        var cookies = await SessionCookies.IssueAsync(App.Services, user);
        await page.Context.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Url = App.BaseUrl }));
        return page;
    }
}
