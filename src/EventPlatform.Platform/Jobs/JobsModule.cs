using EventPlatform.Platform.Data;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Platform.Jobs;

public static class JobsModule
{
    public const string DashboardPath = "/jobs";

    /// <summary>Hangfire on PostgreSQL: storage always (so every node can enqueue), a server only when <c>Jobs:Enabled</c>.</summary>
    public static WebApplicationBuilder AddPlatformJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(JobsOptions.SectionName);
        var jobs = section.Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(section);

        services.AddSingleton(_ => new JobConnectionString(builder.Configuration.GetRequiredConnectionString(ConnectionStringNames.Default)));
        services.AddSingleton<JobStorage>(sp =>
        {
            var options = StorageOptions(jobs);
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(sp.GetRequiredService<JobConnectionString>().Value, options), options);
        });
        services.AddHangfire((sp, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IBackgroundJobs, HangfireBackgroundJobs>();
        services.AddSingleton<IDatabaseInstaller, HangfireSchemaInstaller>();

        if (jobs.Enabled)
        {
            services.AddHostedService<JobServerHostedService>();
        }

        return builder;
    }

    /// <summary>The Hangfire dashboard at <c>/jobs</c>, for now only in Development (platform admins get it later).</summary>
    public static WebApplication MapPlatformJobs(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [], AsyncAuthorization = [] });
        }

        return app;
    }

    // The schema is installed by the owner role during migration; the application role may not create it.
    private static PostgreSqlStorageOptions StorageOptions(JobsOptions jobs) => new()
    {
        SchemaName = JobsOptions.Schema,
        PrepareSchemaIfNecessary = false,
        QueuePollInterval = jobs.PollingTimeSpan,
    };
}
