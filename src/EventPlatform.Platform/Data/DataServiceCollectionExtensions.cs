using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
    /// The pool keeps <see cref="ContextPoolSize"/> of each.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema, int order = 100)
        where TContext : ModuleDbContext
    {
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema, order));
        services.AddDbContextPool<TContext>((sp, options) =>
            Configure(options, sp.GetRequiredService<NpgsqlDataSourceHolder>().DataSource, schema), ContextPoolSize);
        return services;
    }

    /// <summary>
    /// How many contexts of each kind the pool keeps (EF Core's default is 1024). The pool hands them out in turn, and a
    /// context keeps its connection's last command (its SQL and parameters) until its next turn. A few bursts of requests
    /// grew the pool to 256 of each kind, and every collection of the youngest generation found the commands of every
    /// request since the one before still referenced from the old pooled contexts and promoted them (half a megabyte at
    /// a time during the check-in benchmark; bounded to 32, a third of that, and pauses half as long).
    /// A request uses one context of a kind at a time, so this is more than the requests the database pool serves at once
    /// on a small server; a burst beyond it makes contexts that are dropped when handed back.
    /// </summary>
    public const int ContextPoolSize = 32;

    /// <summary>The one place that decides how every module's DbContext talks to PostgreSQL.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).NoResetOnClose
            ? throw new InvalidOperationException("'No Reset On Close' would carry one request's tenant to the next user of a pooled connection; remove it from the connection string.")
            : options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention()
            // A page or batch cut from rows in no particular order is a defect (PostgreSQL may return other rows next time):
            // caught by the tests instead of logged once per query at run time.
            .ConfigureWarnings(warnings => warnings.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning))
            .AddInterceptors(TenantSessionInterceptor.Instance, OutboxCommitInterceptor.Instance);

    internal static string GetRequiredConnectionString(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Connection string '{name}' is not configured (ConnectionStrings__{name}).");
}

/// <summary>The application-role data source, shared by every DbContext (one pool).</summary>
public sealed class NpgsqlDataSourceHolder(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    /// <summary>Statements each connection keeps prepared, unless the connection string sets <c>Max Auto Prepare</c>.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>
    /// The data source for the application's connection string. Npgsql prepares a statement once a connection has run it
    /// twice, so PostgreSQL stops parsing and planning the same few statements on every request (over a third of its
    /// CPU during an on-sale). Pooled connections keep their prepared statements; the reset on return to the pool still
    /// clears the session's settings (the tenant among them).
    /// </summary>
    public static NpgsqlDataSourceHolder For(string connectionString)
    {
        // The raw keys, not NpgsqlConnectionStringBuilder's, which knows every keyword whether it was given or not.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = DefaultMaxAutoPrepare;
            if (!given.ContainsKey("Auto Prepare Min Usages") && !given.ContainsKey("AutoPrepareMinUsages")) settings.AutoPrepareMinUsages = 2;
        }

        return new NpgsqlDataSourceHolder(new NpgsqlDataSourceBuilder(settings.ConnectionString).Build());
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
