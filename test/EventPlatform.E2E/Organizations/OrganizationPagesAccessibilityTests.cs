using EventPlatform.E2E.Infrastructure;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.E2E.Organizations;

/// <summary>Every organization page: no axe-core violations, and no horizontal scrolling on a 390 px phone.</summary>
public sealed class OrganizationPagesAccessibilityTests(E2EFactory app, BrowserFixture browser) : OrganizationBrowserTest(app, browser)
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "/organizations", "en-US" },
        { "/organizations/new", "de-DE" },
        { "/organizations/settings", "en-US" },
        { "/organizations/settings", "es-ES" },
        { "/organizations/members", "en-US" },
        { "/organizations/members", "de-DE" },
        { "join", "en-US" },
        { "public", "en-US" },
    };

    private async Task<string> PathOfAsync(string page, string slug)
    {
        if (page == "public") return $"/o/{slug}";
        if (page != "join") return page;
        var (_, email) = await NewUserAsync("Ivy Invitee");
        var (token, hash) = InvitationToken.New();
        await App.InTenantAsync(await IdOfAsync(slug), async sp =>
        {
            var db = sp.GetRequiredService<Identity.Data.IdentityModuleDbContext>();
            db.Invitations.Add(new Identity.Domain.Invitation(email, OrganizationRoles.Staff, hash, DateTimeOffset.UtcNow.AddDays(7)));
            await db.SaveChangesAsync();
        });
        return $"/o/{slug}/join?token={token}";
    }

    private Task<Guid> IdOfAsync(string slug) => App.InTenantAsync(null, async sp =>
        (await sp.GetRequiredService<Platform.MultiTenancy.ITenantStore>().FindBySlugAsync(slug))!.Id);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Should_have_no_accessibility_violations(string page, string locale)
    {
        var (owner, _) = await NewUserAsync("Alex Access");
        var organization = await NewOrganizationAsync(owner, "Access Org");
        var path = await PathOfAsync(page, organization.Slug);
        var browserPage = page == "join" ? await NewPageAsync(locale) : await SignedInPageAsync(owner, locale);

        var response = await browserPage.GotoAsync(path);

        response!.Status.ShouldBe(200);
        await browserPage.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Should_fit_a_phone_screen_without_horizontal_scrolling(string page, string locale)
    {
        var (owner, _) = await NewUserAsync("Pat Phone");
        var organization = await NewOrganizationAsync(owner, "Phone Org With A Rather Long Name");
        var path = await PathOfAsync(page, organization.Slug);
        var browserPage = page == "join" ? await NewPageAsync(locale, Phone) : await SignedInPageAsync(owner, locale, Phone);

        await browserPage.GotoAsync(path);
        await ScreenshotAsync(browserPage, $"phone-{page.Trim('/').Replace('/', '-')}-{locale}");

        // The widest element counts too: the layout may clip overflow that still pushes content off screen.
        var scrollWidth = await browserPage.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('main *')].map(e => Math.ceil(e.getBoundingClientRect().right)))");
        var innerWidth = await browserPage.EvaluateAsync<int>("() => window.innerWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(innerWidth);
    }
}
