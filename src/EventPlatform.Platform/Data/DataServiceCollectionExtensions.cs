using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using EventPlatform.Platform.Outbox;
using Npgsql;

namespace EventPlatform.Platform.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the application-role connection, with the kernel's interceptors and naming.
    /// Contexts are pooled: they hold no per-request state of their own (the tenant and filters are ambient), and building
    /// options and a context for each of the several contexts a request touches costs more CPU than the queries it runs.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema, int order = 100)
        where TContext : ModuleDbContext
    {
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema, order));
        services.AddDbContextPool<TContext>((sp, options) =>
            Configure(options, sp.GetRequiredService<NpgsqlDataSourceHolder>().DataSource, schema));
        return services;
    }

    /// <summary>The one place that decides how every module's DbContext talks to PostgreSQL.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).NoResetOnClose
            ? throw new InvalidOperationException("'No Reset On Close' would carry one request's tenant to the next user of a pooled connection; remove it from the connection string.")
            : options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(TenantSessionInterceptor.Instance, OutboxCommitInterceptor.Instance);

    internal static string GetRequiredConnectionString(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Connection string '{name}' is not configured (ConnectionStrings__{name}).");
}

/// <summary>The application-role data source, shared by every DbContext (one pool).</summary>
public sealed class NpgsqlDataSourceHolder(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
