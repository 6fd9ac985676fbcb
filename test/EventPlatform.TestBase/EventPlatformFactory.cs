using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace EventPlatform.TestBase;

/// <summary>
/// The real host on a fresh PostgreSQL database, migrated and secured like production, with the
/// well-known organizations of <see cref="TestData"/>. Share one per test assembly through a collection fixture.
/// </summary>
public class EventPlatformFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialized.");

    /// <summary>The database name; one per test assembly so assemblies can run side by side.</summary>
    protected virtual string DatabaseName => "ep_" + GetType().Assembly.GetName().Name!.Replace("EventPlatform.", "").Replace('.', '_').ToLowerInvariant();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseName);
        _ = Services; // starts the host, which migrates first (MigrateOnStart)
        await SeedTestDataAsync();
    }

    public new async Task DisposeAsync() => await base.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", Database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:Migrations", Database.OwnerConnectionString);
        builder.UseSetting("Seed:Demo", "false");
        builder.ConfigureTestServices(services =>
        {
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, MigrateOnStart>());
            services.AddAuthentication(TestAuthHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { });
            ConfigureTestServices(services);
        });
    }

    /// <summary>Extra registrations of a test assembly (a test DbContext, a fake clock...).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>A client signed in as <paramref name="userId"/>, optionally with a selected organization.</summary>
    public HttpClient CreateClientFor(Guid? userId = null, Guid? organization = null, string? role = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (userId is { } user) client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, user.ToString());
        if (organization is { } org) client.DefaultRequestHeaders.Add(TestAuthHandler.OrganizationHeader, org.ToString());
        if (role is not null) client.DefaultRequestHeaders.Add(TestAuthHandler.RoleHeader, role);
        return client;
    }

    /// <summary>Runs <paramref name="action"/> in a new DI scope inside <paramref name="tenantId"/>.</summary>
    public async Task<T> InTenantAsync<T>(Guid? tenantId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        using (new CurrentTenant().Change(tenantId))
        {
            return await action(scope.ServiceProvider);
        }
    }

    public Task InTenantAsync(Guid? tenantId, Func<IServiceProvider, Task> action) =>
        InTenantAsync<bool>(tenantId, async sp => { await action(sp); return true; });

    private async Task SeedTestDataAsync()
    {
        await InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<IdentityModuleDbContext>();
            if (await db.Organizations.AnyAsync(o => o.Id == TestData.OrgA)) return;
            db.Organizations.Add(new Organization(TestData.OrgA, TestData.OrgASlug, "Organization A"));
            db.Organizations.Add(new Organization(TestData.OrgB, TestData.OrgBSlug, "Organization B"));
            await db.SaveChangesAsync();
        });
        foreach (var (org, user) in new[] { (TestData.OrgA, TestData.UserA), (TestData.OrgB, TestData.UserB) })
        {
            await InTenantAsync(org, async sp =>
            {
                var db = sp.GetRequiredService<IdentityModuleDbContext>();
                db.Memberships.Add(new Membership(user, OrganizationRoles.Owner));
                await db.SaveChangesAsync();
            });
        }
    }
}
