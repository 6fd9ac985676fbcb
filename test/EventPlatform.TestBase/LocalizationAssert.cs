using System.Reflection;
using EventPlatform.Platform.Localization;
using Shouldly;

namespace EventPlatform.TestBase;

/// <summary>Checks a module's JSON texts: every culture has every key, and every code or permission has a text.</summary>
public static class LocalizationAssert
{
    private static JsonLocalizationStore StoreFor<TResource>() =>
        new([new LocalizationResourceRegistration(typeof(TResource))]);

    public static void IsComplete<TResource>()
    {
        var store = StoreFor<TResource>();
        var english = store.All(typeof(TResource), JsonLocalizationStore.DefaultCulture);
        english.ShouldNotBeEmpty($"{typeof(TResource).Name} has no English texts (are the JSON files embedded?).");
        foreach (var culture in JsonLocalizationStore.SupportedCultures)
        {
            var texts = store.All(typeof(TResource), culture);
            english.Keys.Except(texts.Keys).ShouldBeEmpty($"{typeof(TResource).Name} misses these keys in '{culture}'");
            texts.Keys.Except(english.Keys).ShouldBeEmpty($"{typeof(TResource).Name} has keys in '{culture}' that English lacks");
            texts.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty($"{typeof(TResource).Name} has empty texts in '{culture}'");
        }
    }

    /// <summary>Every public const string of the given classes (and their nested classes) is a key of the resource.</summary>
    public static void CoversConstants<TResource>(params Type[] constantHolders)
    {
        var english = StoreFor<TResource>().All(typeof(TResource), JsonLocalizationStore.DefaultCulture);
        var keys = constantHolders.SelectMany(ConstantsOf).Where(k => k.Contains(':') || k.Count(c => c == '.') >= 2).ToList();
        keys.ShouldNotBeEmpty();
        keys.Where(k => !english.ContainsKey(k)).ShouldBeEmpty($"{typeof(TResource).Name} has no English text for these codes");
    }

    internal static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(type.GetNestedTypes().SelectMany(ConstantsOf));
}
