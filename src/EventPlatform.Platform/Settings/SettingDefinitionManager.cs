using System.Collections.Frozen;
using EventPlatform.Platform.Exceptions;

namespace EventPlatform.Platform.Settings;

/// <summary>Every module's setting definitions, collected once from the registered <see cref="ISettingDefinitionProvider"/>s.</summary>
public sealed class SettingDefinitionManager(IEnumerable<ISettingDefinitionProvider> providers)
{
    private readonly Lazy<FrozenDictionary<string, SettingDefinition>> _definitions = new(() => Collect(providers));

    public IReadOnlyCollection<SettingDefinition> All => _definitions.Value.Values;

    public SettingDefinition? Find(string name) => _definitions.Value.GetValueOrDefault(name);

    /// <summary>The definition of <paramref name="name"/>; an unknown name is refused with <see cref="PlatformErrorCodes.UnknownSetting"/>.</summary>
    public SettingDefinition Get(string name) =>
        Find(name) ?? throw new BusinessException(PlatformErrorCodes.UnknownSetting, 404).WithData("name", name);

    private static FrozenDictionary<string, SettingDefinition> Collect(IEnumerable<ISettingDefinitionProvider> providers)
    {
        var definitions = new Dictionary<string, SettingDefinition>(StringComparer.Ordinal);
        foreach (var definition in providers.SelectMany(p => p.Define()))
        {
            if (!definitions.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"The setting {definition.Name} is defined twice.");
            }
        }

        return definitions.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
