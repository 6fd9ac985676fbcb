namespace EventPlatform.Platform.Auditing;

/// <summary>Creation and modification times and users, filled on save.</summary>
public interface IAuditedEntity
{
    DateTimeOffset CreatedAt { get; }
    Guid? CreatedBy { get; }
    DateTimeOffset? ModifiedAt { get; }
    Guid? ModifiedBy { get; }
}

/// <summary>Deleting such an entity marks it deleted instead; the soft-delete filter hides it.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }
    DateTimeOffset? DeletedAt { get; }
    Guid? DeletedBy { get; }
}
