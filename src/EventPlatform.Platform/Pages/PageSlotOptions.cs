namespace EventPlatform.Platform.Pages;

/// <summary>The view components each named page slot renders, in the order modules registered them.</summary>
public sealed class PageSlotOptions
{
    private readonly Dictionary<string, List<Type>> _slots = new(StringComparer.Ordinal);

    public void Add(string slot, Type viewComponent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slot);
        if (!_slots.TryGetValue(slot, out var components)) _slots[slot] = components = [];
        if (!components.Contains(viewComponent)) components.Add(viewComponent);
    }

    public IReadOnlyList<Type> ComponentsOf(string slot) => _slots.TryGetValue(slot, out var components) ? components : [];
}
