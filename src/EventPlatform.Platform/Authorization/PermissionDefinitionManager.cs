using System.Collections.Frozen;

namespace EventPlatform.Platform.Authorization;

/// <summary>Every module's permissions, collected once from the registered <see cref="IPermissionDefinitionProvider"/>s.</summary>
public sealed class PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
{
    private readonly Lazy<FrozenDictionary<string, PermissionDefinition>> _definitions = new(() => Collect(providers));

    public IReadOnlyCollection<PermissionDefinition> All => _definitions.Value.Values;

    public PermissionDefinition? Find(string name) => _definitions.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, PermissionDefinition> Collect(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var definitions = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        foreach (var definition in providers.SelectMany(p => p.Define()))
        {
            if (!definitions.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"The permission {definition.Name} is defined twice.");
            }
        }

        return definitions.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
