using System.Linq.Expressions;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Platform.Data;

internal static class KernelModelBuilder
{
    public const string PlatformSchema = "platform";

    public static void ApplyKernelTables(this ModelBuilder modelBuilder, bool migrate)
    {
        modelBuilder.Entity<AuditLogEntry>(b =>
        {
            b.ToTable("audit_log", PlatformSchema, t => { if (!migrate) t.ExcludeFromMigrations(); });
            b.HasKey(x => x.Id);
            b.Property(x => x.Action).HasMaxLength(AuditLogEntry.MaxActionLength);
            b.Property(x => x.Entity).HasMaxLength(AuditLogEntry.MaxEntityLength);
            b.Property(x => x.EntityKey).HasMaxLength(AuditLogEntry.MaxKeyLength);
            b.Property(x => x.Changes).HasColumnType("jsonb");
            b.Property(x => x.IpAddress).HasMaxLength(64);
            b.Property(x => x.CorrelationId).HasMaxLength(128);
            b.HasIndex(x => new { x.TenantId, x.CreatedAt });
            b.HasIndex(x => new { x.Entity, x.EntityKey });
        });
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages", PlatformSchema, t => { if (!migrate) t.ExcludeFromMigrations(); });
            b.HasKey(x => x.Id);
            b.Property(x => x.Type).HasMaxLength(OutboxMessage.MaxTypeLength);
            b.Property(x => x.Payload).HasColumnType("jsonb");
            b.Property(x => x.CorrelationId).HasMaxLength(128);
            b.HasIndex(x => x.CreatedAt).HasFilter("processed_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        });
    }

    /// <summary>Adds the tenant and soft-delete query filters and the tenant index to every entity that needs them.</summary>
    public static void ApplyKernelConventions(this ModelBuilder modelBuilder, ModuleDbContext context)
    {
        var contextExpression = Expression.Constant(context);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType == null && !t.IsOwned()))
        {
            var clrType = entityType.ClrType;
            var entity = Expression.Parameter(clrType, "e");
            var builder = modelBuilder.Entity(clrType);
            if (typeof(IMultiTenant).IsAssignableFrom(clrType))
            {
                // !IsTenantFilterEnabled || e.TenantId == CurrentTenantId
                var filter = Expression.OrElse(
                    Expression.Not(Expression.Property(contextExpression, nameof(ModuleDbContext.IsTenantFilterEnabled))),
                    Expression.Equal(
                        Expression.Convert(Expression.Property(entity, nameof(IMultiTenant.TenantId)), typeof(Guid?)),
                        Expression.Property(contextExpression, nameof(ModuleDbContext.CurrentTenantId))));
                builder.HasQueryFilter(DataFilters.Tenant, Expression.Lambda(filter, entity));
                builder.Property(nameof(IMultiTenant.TenantId)).IsRequired();
            }

            if (typeof(ISoftDelete).IsAssignableFrom(clrType))
            {
                // !IsSoftDeleteFilterEnabled || !e.IsDeleted
                var filter = Expression.OrElse(
                    Expression.Not(Expression.Property(contextExpression, nameof(ModuleDbContext.IsSoftDeleteFilterEnabled))),
                    Expression.Not(Expression.Property(entity, nameof(ISoftDelete.IsDeleted))));
                builder.HasQueryFilter(DataFilters.SoftDelete, Expression.Lambda(filter, entity));
            }
        }
    }
}
