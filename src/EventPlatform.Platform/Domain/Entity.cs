namespace EventPlatform.Platform.Domain;

/// <summary>An entity with a client-generated, time-ordered key (UUIDv7), so audit rows know the key before the insert.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
