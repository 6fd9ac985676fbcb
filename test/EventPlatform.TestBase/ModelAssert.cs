using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Shouldly;

namespace EventPlatform.TestBase;

public static class ModelAssert
{
    /// <summary>
    /// The module's DbContext uses its own schema by default, keeps its migration history there, and
    /// maps every table it migrates into that schema (schema per module; the kernel's shared tables are excluded from its migrations).
    /// </summary>
    public static void UsesOnlyItsSchema<TContext>(string schema) where TContext : ModuleDbContext
    {
        var factoryType = typeof(TContext).Assembly.GetTypes()
            .Single(t => typeof(IDesignTimeDbContextFactory<TContext>).IsAssignableFrom(t) && !t.IsAbstract);
        var factory = (IDesignTimeDbContextFactory<TContext>)Activator.CreateInstance(factoryType, nonPublic: true)!;
        using var context = factory.CreateDbContext([]);

        context.Schema.ShouldBe(schema);
        context.Model.GetDefaultSchema().ShouldBe(schema);
        context.GetService<IDbContextOptions>().Extensions.OfType<Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension>()
            .Single().MigrationsHistoryTableSchema.ShouldBe(schema);
        context.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && !e.IsTableExcludedFromMigrations())
            .Select(e => e.GetSchema())
            .ShouldAllBe(s => s == schema);
    }
}
