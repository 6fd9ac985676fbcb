using EventPlatform.Platform.Settings;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Platform.Data;

/// <summary>The kernel's own tables in schema <c>platform</c>: audit log, outbox, settings, data-protection keys.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options), IDataProtectionKeyContext
{
    public override string Schema => KernelModelBuilder.PlatformSchema;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SettingValue> Settings => Set<SettingValue>();

    public DbSet<TenantSettingValue> TenantSettings => Set<TenantSettingValue>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.Entity<SettingValue>(b =>
        {
            b.ToTable("settings");
            b.Property(x => x.Name).HasMaxLength(SettingValue.MaxNameLength);
            b.Property(x => x.ProviderName).HasMaxLength(8);
            b.Property(x => x.ProviderKey).HasMaxLength(64);
            b.Property(x => x.Value).HasMaxLength(SettingValue.MaxValueLength);
            b.HasIndex(x => new { x.Name, x.ProviderName, x.ProviderKey }).IsUnique();
        });
        modelBuilder.Entity<TenantSettingValue>(b =>
        {
            b.ToTable("tenant_settings");
            b.Property(x => x.Name).HasMaxLength(SettingValue.MaxNameLength);
            b.Property(x => x.Value).HasMaxLength(SettingValue.MaxValueLength);
            b.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
        });
    }
}
