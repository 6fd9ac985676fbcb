namespace EventPlatform.Platform.Auditing;

/// <summary>Appends security and operational events (logins, role changes, webhooks) to the audit log.</summary>
public interface IAuditLog
{
    Task WriteAsync(string action, string entity, string? entityKey = null, object? details = null, CancellationToken cancellationToken = default);
}
