using System.Reflection;
using System.Text.Json;
using EventPlatform.Platform.Localization;

namespace EventPlatform.TestBase;

/// <summary>Reads a resource's embedded JSON file directly, so tests compare answers with the files, not with the code under test.</summary>
public static class LocalizationFiles
{
    public static IReadOnlyDictionary<string, string> Texts(Type resource, string culture)
    {
        var name = resource.GetCustomAttribute<LocalizationResourceAttribute>()!.Name;
        var file = resource.Assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Localization.{name}.{culture}.json", StringComparison.Ordinal));
        using var stream = resource.Assembly.GetManifestResourceStream(file)!;
        return JsonDocument.Parse(stream).RootElement.GetProperty("texts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    /// <summary>The text of <paramref name="key"/> with its {placeholders} filled.</summary>
    public static string Text(Type resource, string culture, string key, params (string Name, object Value)[] values) =>
        values.Aggregate(Texts(resource, culture)[key], (text, v) => text.Replace("{" + v.Name + "}", Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)));
}
