using System.Text.Json;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EventPlatform.Platform.Data;

/// <summary>
/// Runs before every save: stamps and checks the tenant, fills audit properties, turns deletes of
/// <see cref="ISoftDelete"/> entities into updates, and appends one audit row per changed audited entity.
/// </summary>
internal static class SaveChangesStamper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Apply(DbContext context)
    {
        var now = DateTimeOffset.UtcNow;
        var userId = AmbientContext.Info.UserId;
        var auditRows = new List<AuditLogEntry>();

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditLogEntry or OutboxMessage || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is IMultiTenant)
            {
                CheckTenant(entry);
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Insert,
                // Deleting what is already in the recycle bin removes it for good (purge).
                EntityState.Deleted when entry.Entity is ISoftDelete && entry.Property(nameof(ISoftDelete.IsDeleted)).OriginalValue is not true => AuditActions.SoftDelete,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            };

            if (action == AuditActions.SoftDelete)
            {
                entry.State = EntityState.Modified;
                entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
                entry.Property(nameof(ISoftDelete.DeletedAt)).CurrentValue = now;
                entry.Property(nameof(ISoftDelete.DeletedBy)).CurrentValue = userId;
            }

            if (entry.Entity is IAuditedEntity)
            {
                if (action == AuditActions.Insert)
                {
                    entry.Property(nameof(IAuditedEntity.CreatedAt)).CurrentValue = now;
                    entry.Property(nameof(IAuditedEntity.CreatedBy)).CurrentValue = userId;
                }
                else if (action != AuditActions.Delete)
                {
                    entry.Property(nameof(IAuditedEntity.ModifiedAt)).CurrentValue = now;
                    entry.Property(nameof(IAuditedEntity.ModifiedBy)).CurrentValue = userId;
                }

                auditRows.Add(new AuditLogEntry(action, entry.Metadata.GetSchemaQualifiedTableName() ?? entry.Metadata.Name, KeyOf(entry), ChangesOf(entry, action), now));
            }
        }

        if (auditRows.Count > 0)
        {
            context.Set<AuditLogEntry>().AddRange(auditRows);
        }
    }

    private static void CheckTenant(EntityEntry entry)
    {
        var property = entry.Property(nameof(IMultiTenant.TenantId));
        var current = CurrentTenant.CurrentId;
        if (entry.State == EntityState.Added)
        {
            if ((Guid)property.CurrentValue! == Guid.Empty)
            {
                property.CurrentValue = current ?? throw new TenantMismatchException(
                    $"Cannot insert {entry.Metadata.DisplayName()} without a current tenant.");
            }
            else if (current is { } tenant && (Guid)property.CurrentValue! != tenant)
            {
                throw new TenantMismatchException($"Cannot insert {entry.Metadata.DisplayName()} for another tenant.");
            }
            else if (current is null && !CurrentTenant.IsHostScope)
            {
                throw new TenantMismatchException($"Cannot insert {entry.Metadata.DisplayName()} without a current tenant.");
            }

            return;
        }

        if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
        {
            throw new TenantMismatchException($"The tenant of {entry.Metadata.DisplayName()} cannot change.");
        }

        if (!CurrentTenant.IsHostScope && (Guid?)property.OriginalValue != current)
        {
            throw new TenantMismatchException($"Cannot change {entry.Metadata.DisplayName()} of another tenant.");
        }
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    private static string ChangesOf(EntityEntry entry, string action)
    {
        var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var masked = property.Metadata.PropertyInfo?.IsDefined(typeof(NotAuditedAttribute), true) == true;
            object? Value(object? v) => masked && v is not null ? "***" : v;
            switch (action)
            {
                case AuditActions.Insert:
                    changes[property.Metadata.Name] = new { after = Value(property.CurrentValue) };
                    break;
                case AuditActions.Delete:
                    changes[property.Metadata.Name] = new { before = Value(property.OriginalValue) };
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        changes[property.Metadata.Name] = new { before = Value(property.OriginalValue), after = Value(property.CurrentValue) };
                    }

                    break;
            }
        }

        return JsonSerializer.Serialize(changes, Json);
    }
}
