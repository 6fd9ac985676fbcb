using System.Globalization;
using EventPlatform.Identity.Organizations;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>The organization's look on the checkout pages, as on its public event page: brand colors and logo or monogram.</summary>
public sealed record CheckoutBrand(OrganizationBrandingDto Branding)
{
    public string? Style => string.Join(' ', new[]
    {
        Branding.PrimaryColor is { } primary ? $"--ep-brand: {primary}; --ep-brand-deep: {primary};" : null,
        Branding.AccentColor is { } accent ? $"--ep-accent: {accent};" : null,
    }.Where(s => s is not null)) is { Length: > 0 } style ? style : null;

    public string Monogram => Branding.Name[..1].ToUpper(CultureInfo.CurrentCulture);
}
