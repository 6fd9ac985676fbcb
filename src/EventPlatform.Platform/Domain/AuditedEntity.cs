using EventPlatform.Platform.Auditing;

namespace EventPlatform.Platform.Domain;

/// <summary>An entity whose creation and modification are stamped and whose every change lands in the audit log.</summary>
public abstract class AuditedEntity : Entity, IAuditedEntity
{
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset? ModifiedAt { get; private set; }
    public Guid? ModifiedBy { get; private set; }
}

/// <summary>An audited entity that is soft-deleted: <c>Remove</c> marks it deleted and the soft-delete filter hides it.</summary>
public abstract class FullAuditedEntity : AuditedEntity, ISoftDelete
{
    public bool IsDeleted { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }
    public Guid? DeletedBy { get; private set; }

    /// <summary>Takes the entity out of the recycle bin; saving records it as an update in the audit log.</summary>
    public void Undelete()
    {
        IsDeleted = false;
        DeletedAt = null;
        DeletedBy = null;
    }
}
