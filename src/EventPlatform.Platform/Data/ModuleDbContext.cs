using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Platform.Data;

/// <summary>
/// Base of every module's DbContext: its own schema, the tenant and soft-delete filters, stamping and
/// auditing on save, and the outbox. The audit log and outbox tables are mapped here too so that their
/// rows commit with the change; only <see cref="PlatformDbContext"/> migrates them.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The PostgreSQL schema of this module's tables.</summary>
    public abstract string Schema { get; }

    // Read by the query filters on every execution (EF parameterizes context members).
    public Guid? CurrentTenantId => CurrentTenant.CurrentId;
    public bool IsTenantFilterEnabled => DataFilter.IsEnabled(DataFilters.Tenant) && !CurrentTenant.IsHostScope;
    public bool IsSoftDeleteFilterEnabled => DataFilter.IsEnabled(DataFilters.SoftDelete);

    /// <summary>Queues an integration event; it is written with the next <c>SaveChanges</c> and dispatched after commit.</summary>
    public void AddIntegrationEvent(Events.IntegrationEvent integrationEvent) =>
        Set<OutboxMessage>().Add(OutboxWriter.ToMessage(integrationEvent));

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyKernelTables(migrate: this is PlatformDbContext);
        ConfigureModel(modelBuilder);
        modelBuilder.ApplyKernelConventions(this);
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        SaveChangesStamper.Apply(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        SaveChangesStamper.Apply(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
