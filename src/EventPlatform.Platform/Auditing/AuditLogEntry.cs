namespace EventPlatform.Platform.Auditing;

/// <summary>One append-only row of <c>platform.audit_log</c>. The application role may insert and read it, never change it.</summary>
public sealed class AuditLogEntry
{
    public const int MaxActionLength = 64;
    public const int MaxEntityLength = 128;
    public const int MaxKeyLength = 128;

    private AuditLogEntry()
    {
    }

    public AuditLogEntry(string action, string entity, string? entityKey, string? changes, DateTimeOffset at)
    {
        var info = AmbientContext.Info;
        Id = Guid.CreateVersion7();
        TenantId = MultiTenancy.CurrentTenant.CurrentId;
        Action = action;
        Entity = entity;
        EntityKey = entityKey;
        Changes = changes;
        UserId = info.UserId;
        IpAddress = info.IpAddress;
        CorrelationId = info.CorrelationId;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid? TenantId { get; private set; }
    public string Action { get; private set; } = null!;
    public string Entity { get; private set; } = null!;
    public string? EntityKey { get; private set; }

    /// <summary>JSON: <c>{ "Property": { "before": ..., "after": ... } }</c>, or the details of a security event.</summary>
    public string? Changes { get; private set; }

    public Guid? UserId { get; private set; }
    public string? IpAddress { get; private set; }
    public string? CorrelationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
