using System.Globalization;

namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>
/// Runs document rendering in the order's culture: localizers and formatting read the current (UI) culture, and a
/// ticket mailed from a background job must read in the buyer's language, not the server's.
/// </summary>
public sealed class DocumentCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private DocumentCulture(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static DocumentCulture Use(string culture) => new(Resolve(culture));

    /// <summary>The culture named by the order; an unknown name falls back to English rather than failing a paid order's mail.</summary>
    public static CultureInfo Resolve(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en");
        }
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
