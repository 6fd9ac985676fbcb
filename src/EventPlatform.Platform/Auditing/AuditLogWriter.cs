using System.Text.Json;
using EventPlatform.Platform.Data;

namespace EventPlatform.Platform.Auditing;

/// <summary>Writes security and operational events (sign-ins, role changes, webhooks) to <c>platform.audit_log</c> at once.</summary>
public sealed class AuditLogWriter(PlatformDbContext db) : IAuditLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task WriteAsync(string action, string entity, string? entityKey = null, object? details = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        var changes = details is null ? null : JsonSerializer.Serialize(details, Json);
        db.Set<AuditLogEntry>().Add(new AuditLogEntry(action, entity, entityKey, changes, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
    }
}
