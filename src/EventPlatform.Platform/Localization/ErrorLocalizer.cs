using System.Globalization;
using System.Text.RegularExpressions;

namespace EventPlatform.Platform.Localization;

/// <summary>Turns an error code and its values into the message for the current culture: "{ticketType} is sold out".</summary>
public sealed partial class ErrorLocalizer(JsonLocalizationStore store)
{
    public string Localize(string code, IReadOnlyDictionary<string, object?>? values = null)
    {
        var resource = store.FindByCode(code) ?? typeof(PlatformResource);
        var text = store.Find(resource, code, CultureInfo.CurrentUICulture) ?? code;
        return values is null or { Count: 0 }
            ? text
            : Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? Convert.ToString(v, CultureInfo.CurrentCulture) ?? "" : m.Value);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
