using System.Globalization;
using EventPlatform.Events;
using EventPlatform.Events.Public;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Web.Pages.Organizations;

/// <summary>An organization's public home page (<c>/o/{slug}</c>) with its upcoming public events.</summary>
public sealed class OrganizationHomeModel(
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IOrganizationBrandingProvider branding,
    IPublicEventAppService publicEvents,
    IStringLocalizer<EventsResource> eventTexts) : PageModel
{
    /// <summary>How many upcoming events the page shows.</summary>
    public const int PageSize = 24;

    public TenantInfo Organization { get; private set; } = null!;

    /// <summary>The organization's logo, colors and legal texts.</summary>
    public OrganizationBrandingDto Branding { get; private set; } = null!;

    /// <summary>Its upcoming public events (unlisted ones open by link only and stay off this page).</summary>
    public PagedResult<PublicEventCardDto> Events { get; private set; } = new(0, []);

    public string FeedLabel => eventTexts["Public:SubscribeFeed"];

    public Uri CanonicalUrl => PublicUrls.Organization(Request, Organization.Slug);

    /// <summary>CSS custom properties that recolor the page in the organization's brand colors.</summary>
    public string? BrandStyle => string.Join(' ', new[]
    {
        Branding.PrimaryColor is { } primary ? $"--ep-brand: {primary}; --ep-brand-deep: {primary};" : null,
        Branding.AccentColor is { } accent ? $"--ep-accent: {accent};" : null,
    }.Where(s => s is not null)) is { Length: > 0 } style ? style : null;

    /// <summary>Stands in for the organization's logo when it has none.</summary>
    public string Monogram => Organization.Name[..1].ToUpper(CultureInfo.CurrentCulture);

    public async Task OnGetAsync(string tenant, CancellationToken cancellationToken)
    {
        // The tenant middleware has already resolved the slug (and answered 404 for an unknown one).
        var id = currentTenant.Id ?? throw NotFound(tenant);
        Organization = await tenants.FindByIdAsync(id, cancellationToken) ?? throw NotFound(tenant);
        Branding = await branding.GetCurrentAsync(cancellationToken);
        Events = await publicEvents.GetUpcomingListAsync(Organization.Slug, new PagedRequest { Take = PageSize });
    }

    private static BusinessException NotFound(string tenant) =>
        new BusinessException(PlatformErrorCodes.TenantNotFound, StatusCodes.Status404NotFound).WithData("tenant", tenant);
}
