using System.Globalization;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Platform.Localization;

/// <summary>An <see cref="IStringLocalizer"/> over one JSON resource; a missing key shows the key itself.</summary>
public sealed class JsonStringLocalizer(JsonLocalizationStore store, Type resourceType) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = store.Find(resourceType, name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        store.All(resourceType, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Select(kv => new LocalizedString(kv.Key, kv.Value));
}

public sealed class JsonStringLocalizerFactory(JsonLocalizationStore store) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(store, resourceSource);

    // Views ask by name; everything unnamed falls back to the kernel's resource.
    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(store, typeof(PlatformResource));
}
