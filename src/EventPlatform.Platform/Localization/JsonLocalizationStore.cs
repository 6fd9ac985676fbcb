using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace EventPlatform.Platform.Localization;

/// <summary>
/// Loads the embedded <c>Localization/{Name}/{culture}.json</c> files of every registered resource once, and
/// finds texts along the culture chain (de-AT -> de -> en).
/// </summary>
public sealed class JsonLocalizationStore
{
    public const string DefaultCulture = "en";
    public static readonly IReadOnlyList<string> SupportedCultures = ["en", "de", "es"];

    private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<Type, Resource> _resources = new();

    public JsonLocalizationStore(IEnumerable<LocalizationResourceRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            _resources.TryAdd(registration.ResourceType, Load(registration.ResourceType));
        }
    }

    public IEnumerable<Type> ResourceTypes => _resources.Keys;

    /// <summary>The resource whose name is the prefix of an error code such as <c>Ticketing:SoldOut</c>.</summary>
    public Type? FindByCode(string code)
    {
        var prefix = code.Split(':', 2)[0];
        return _resources.Values.FirstOrDefault(r => string.Equals(r.Name, prefix, StringComparison.Ordinal))?.Type;
    }

    public string? Find(Type resourceType, string key, CultureInfo culture)
    {
        var resource = _resources.GetOrAdd(resourceType, Load);
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (resource.Texts.TryGetValue(c.Name, out var texts) && texts.TryGetValue(key, out var value)) return value;
        }

        return resource.Texts.TryGetValue(DefaultCulture, out var fallback) && fallback.TryGetValue(key, out var text) ? text : null;
    }

    public IReadOnlyDictionary<string, string> All(Type resourceType, string culture) =>
        _resources.GetOrAdd(resourceType, Load).Texts.GetValueOrDefault(culture) ?? new Dictionary<string, string>();

    private static Resource Load(Type type)
    {
        var name = type.GetCustomAttribute<LocalizationResourceAttribute>()?.Name
            ?? throw new InvalidOperationException($"{type} has no [LocalizationResource] attribute.");
        var marker = $".Localization.{name}.";
        var texts = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resourceName in type.Assembly.GetManifestResourceNames().Where(n => n.Contains(marker, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = type.Assembly.GetManifestResourceStream(resourceName)!;
            var file = JsonSerializer.Deserialize<ResourceFile>(stream, FileOptions)
                ?? throw new InvalidOperationException($"{resourceName} is empty.");
            texts[file.Culture] = new Dictionary<string, string>(file.Texts, StringComparer.Ordinal);
        }

        return new Resource(type, name, texts);
    }

    private sealed record Resource(Type Type, string Name, Dictionary<string, Dictionary<string, string>> Texts);

    private sealed record ResourceFile(string Culture, Dictionary<string, string> Texts);
}

public sealed record LocalizationResourceRegistration(Type ResourceType);
