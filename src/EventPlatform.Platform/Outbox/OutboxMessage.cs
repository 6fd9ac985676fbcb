namespace EventPlatform.Platform.Outbox;

/// <summary>An integration event waiting in <c>platform.outbox_messages</c>; written in the transaction of the change that raised it.</summary>
public sealed class OutboxMessage
{
    public const int MaxTypeLength = 512;

    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid id, string type, string payload, Guid? tenantId, Guid? userId, string? correlationId, DateTimeOffset createdAt)
    {
        Id = id;
        Type = type;
        Payload = payload;
        TenantId = tenantId;
        UserId = userId;
        CorrelationId = correlationId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid? TenantId { get; private set; }
    public string Type { get; private set; } = null!;
    public string Payload { get; private set; } = null!;
    public Guid? UserId { get; private set; }
    public string? CorrelationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ProcessedAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public void MarkProcessed(DateTimeOffset at)
    {
        ProcessedAt = at;
        LastError = null;
    }

    public void MarkFailed(string error, DateTimeOffset at)
    {
        Attempts++;
        LastError = error.Length > 4000 ? error[..4000] : error;
        // Exponential back-off, capped at an hour.
        NextAttemptAt = at.AddSeconds(Math.Min(3600, Math.Pow(2, Attempts)));
    }
}
