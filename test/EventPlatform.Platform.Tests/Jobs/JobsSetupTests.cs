using EventPlatform.Platform.Jobs;
using EventPlatform.TestBase;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace EventPlatform.Platform.Tests.Jobs;

[Collection(PlatformCollection.Name)]
public sealed class JobsSetupTests(PlatformTestFactory factory)
{
    private static IServiceCollection ServicesWith(string? enabled)
    {
        var builder = WebApplication.CreateBuilder();
        if (enabled is not null) builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Enabled"] = enabled });
        builder.AddPlatformJobs();
        return builder.Services;
    }

    private static bool HasJobServer(IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(JobServerHostedService));

    [Fact]
    public void Should_run_a_job_server_by_default()
    {
        HasJobServer(ServicesWith(null)).ShouldBeTrue();
    }

    [Fact]
    public void Should_still_enqueue_but_run_no_job_server_when_jobs_are_disabled()
    {
        var services = ServicesWith("false");

        HasJobServer(services).ShouldBeFalse();
        services.ShouldContain(d => d.ServiceType == typeof(IBackgroundJobs));
        services.ShouldContain(d => d.ServiceType == typeof(IBackgroundJobClient));
    }

    [Fact]
    public async Task Should_install_hangfire_as_the_owner_and_give_the_app_role_data_access_only()
    {
        await using var connection = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT pg_get_userbyid(n.nspowner),
                   has_schema_privilege('{TestDatabase.AppRole}', n.oid, 'CREATE'),
                   has_table_privilege('{TestDatabase.AppRole}', 'hangfire.job', 'INSERT')
                     AND has_table_privilege('{TestDatabase.AppRole}', 'hangfire.job', 'DELETE')
                     AND has_sequence_privilege('{TestDatabase.AppRole}', 'hangfire.job_id_seq', 'USAGE')
            FROM pg_namespace n WHERE n.nspname = 'hangfire'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();

        reader.GetString(0).ShouldBe(TestDatabase.OwnerRole);
        reader.GetBoolean(1).ShouldBeFalse();
        reader.GetBoolean(2).ShouldBeTrue();
    }
}
