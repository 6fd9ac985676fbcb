using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Platform.Data;

/// <summary>
/// Base of every module's DbContext: its own schema, the tenant and soft-delete filters, stamping and
/// auditing on save, and the outbox. The audit log and outbox tables are mapped here too so that their
/// rows commit with the change; only <see cref="PlatformDbContext"/> migrates them.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    /// <remarks>
    /// No automatic savepoints: every <c>SaveChanges</c> inside an explicit transaction would cost two more round trips,
    /// and the code here never goes on with a transaction after a failed save; it rolls the whole transaction back.
    /// </remarks>
    protected ModuleDbContext(DbContextOptions options)
        : base(options) => Database.AutoSavepointsEnabled = false;

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

    /// <summary>
    /// Raised after every successful <c>SaveChanges</c> of any module's context in this process, with the entities it
    /// added, changed or deleted: in-process caches forget what they hold of them. (Other nodes rely on their caches'
    /// short lifetimes.) Handlers must be quick and must not throw.
    /// </summary>
    public static event Action<IReadOnlyList<object>>? Saved;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        SaveChangesStamper.Apply(this);
        var written = Written();
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        if (written is not null) Saved?.Invoke(written);
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        SaveChangesStamper.Apply(this);
        var written = Written();
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (written is not null) Saved?.Invoke(written);
        return result;
    }

    private List<object>? Written() => Saved is null
        ? null
        : ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList();
}
