using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Platform.Tests.TestModel;

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "kernel_tests";

    public override string Schema => SchemaName;

    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Note>(b =>
        {
            b.ToTable("notes");
            b.Property(x => x.Text).HasMaxLength(Note.MaxTextLength);
            b.HasIndex(x => x.TenantId);
        });
}

internal sealed class TestDesignTimeFactory() : ModuleDesignTimeFactory<TestDbContext>(TestDbContext.SchemaName);
