using System.Globalization;
using EventPlatform.Identity.Organizations;

namespace EventPlatform.Events.Pages.Public;

/// <summary>An organization's look on its public pages: brand colors as CSS custom properties, logo or monogram.</summary>
public sealed record PublicBrand(OrganizationBrandingDto Branding, string Name)
{
    /// <summary>CSS custom properties that recolor a section in the organization's colors (as on its home page).</summary>
    public string? Style => string.Join(' ', new[]
    {
        Branding.PrimaryColor is { } primary ? $"--ep-brand: {primary}; --ep-brand-deep: {primary};" : null,
        Branding.AccentColor is { } accent ? $"--ep-accent: {accent};" : null,
    }.Where(s => s is not null)) is { Length: > 0 } style ? style : null;

    /// <summary>Stands in for the logo when the organization has none.</summary>
    public string Monogram => Name[..1].ToUpper(CultureInfo.CurrentCulture);
}
