using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
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

    /// <summary>Mail the host sent, read from this factory's own pickup directory.</summary>
    public TestMailbox Mailbox { get; } = new(Path.Combine(Path.GetTempPath(), "ep-test-mail", Guid.NewGuid().ToString("N")));

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
        builder.UseSetting("Email:PickupDirectory", Mailbox.Directory);
        builder.UseSetting("Email:Smtp:Host", "");
        // Every test request comes from one address; the rate-limit tests switch the per-IP auth limits back on.
        builder.UseSetting("Accounts:RateLimits:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, MigrateOnStart>());
            // Requests without the test header fall through to the real cookie/bearer sign-in.
            services.AddAuthentication(TestAuthHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, options =>
                    options.ForwardDefaultSelector = context =>
                        context.Request.Headers.ContainsKey(TestAuthHandler.UserHeader) ? null : AuthenticationSchemes.Default);
            ConfigureTestServices(services);
        });
    }

    /// <summary>Extra registrations of a test assembly (a test DbContext, a fake clock...).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// A client signed in as <paramref name="userId"/>, optionally with a selected organization. Its role there is
    /// the one its membership holds (see <see cref="TestData.Members"/>), as for real users.
    /// </summary>
    public HttpClient CreateClientFor(Guid? userId = null, Guid? organization = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (userId is { } user) client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, user.ToString());
        if (organization is { } org) client.DefaultRequestHeaders.Add(TestAuthHandler.OrganizationHeader, org.ToString());
        return client;
    }

    /// <summary>A client signed in as organization A's member holding <paramref name="role"/>, with A selected.</summary>
    public HttpClient CreateClientForRole(string role) => CreateClientFor(TestData.MemberOfA(role), TestData.OrgA);

    /// <summary>
    /// Waits until the outbox has given every message committed so far to its handlers (each handled, or failed once);
    /// fails after 15 s. A test that moves <see cref="Clock"/> calls it first, so no handler still at work reads the
    /// clock on both sides of the jump.
    /// </summary>
    public Task WaitForOutboxAsync() => WaitUntilAsync(Database.OwnerConnectionString,
        "SELECT NOT EXISTS (SELECT 1 FROM platform.outbox_messages WHERE processed_at IS NULL AND attempts = 0)",
        "The outbox still holds messages no handler has seen.");

    /// <summary>
    /// Waits until <paramref name="waiters"/> connections to the test database queue for a lock: a test holding a row
    /// lock sees the requests it raced arrive at it. Fails after 15 s.
    /// </summary>
    public Task WaitForLockWaitAsync(int waiters = 1) => WaitUntilAsync(Database.AdminConnectionString,
        $"SELECT count(*) >= {waiters} FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        $"Fewer than {waiters} connections queued for a lock.");

    /// <summary>Asks <paramref name="condition"/> (one boolean) every 50 ms until it is true; fails after 15 s with <paramref name="failure"/>.</summary>
    private static async Task WaitUntilAsync(string connectionString, string condition, string failure)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var ask = new Npgsql.NpgsqlCommand(condition, connection);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await ask.ExecuteScalarAsync() is true) return;
            await Task.Delay(50);
        }

        throw new TimeoutException(failure + " (waited 15 s)");
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
        var seeded = await InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<IdentityModuleDbContext>();
            if (await db.Organizations.AnyAsync(o => o.Id == TestData.OrgA)) return true;
            db.Organizations.Add(new Organization(TestData.OrgA, TestData.OrgASlug, "Organization A"));
            db.Organizations.Add(new Organization(TestData.OrgB, TestData.OrgBSlug, "Organization B"));
            await db.SaveChangesAsync();
            var users = sp.GetRequiredService<UserManager<User>>();
            foreach (var id in TestData.Members.Select(m => m.User).Append(TestData.PlatformAdmin))
            {
                var user = new User(id, TestData.EmailOf(id), $"User {id.ToString()[^4..]}", DateTimeOffset.UtcNow)
                {
                    EmailConfirmed = true,
                    IsPlatformAdmin = id == TestData.PlatformAdmin,
                };
                var result = await users.CreateAsync(user, TestData.Password);
                if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            return false;
        });
        if (seeded) return;
        foreach (var (user, org, role) in TestData.Members)
        {
            await InTenantAsync(org, async sp =>
            {
                var db = sp.GetRequiredService<IdentityModuleDbContext>();
                db.Memberships.Add(new Membership(user, role));
                await db.SaveChangesAsync();
            });
        }
    }
}
