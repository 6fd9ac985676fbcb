namespace EventPlatform.Platform.Application;

/// <summary>Overrides the conventional HTTP route (relative to <c>api/{module}/</c> unless it starts with '/') or hides a method.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Method)]
public sealed class RemoteServiceAttribute : Attribute
{
    public bool IsEnabled { get; init; } = true;

    public string? Route { get; init; }

    public string? HttpMethod { get; init; }
}
