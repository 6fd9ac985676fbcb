using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace EventPlatform.Platform.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build a module's DbContext without starting the host.</summary>
public abstract class ModuleDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        DataServiceCollectionExtensions.Configure(builder, NpgsqlDataSource.Create("Host=localhost;Database=design_time"), schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}

internal sealed class PlatformDesignTimeFactory() : ModuleDesignTimeFactory<PlatformDbContext>(KernelModelBuilder.PlatformSchema);
