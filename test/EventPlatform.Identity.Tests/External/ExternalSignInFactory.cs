using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.External;

/// <summary>The host with Google sign-in pointed at a <see cref="FakeIdentityProvider"/> that also serves as organizations' identity provider.</summary>
public sealed class ExternalSignInFactory : EventPlatformFactory
{
    public const string GoogleClientId = "google-client";
    public const string GoogleClientSecret = "google-secret";

    public ExternalSignInFactory()
    {
        Provider.AddClient(GoogleClientId, GoogleClientSecret);
        // The host's configuration needs the provider's address, so it starts first.
        Provider.StartAsync().GetAwaiter().GetResult();
    }

    public FakeIdentityProvider Provider { get; } = new();

    protected override string DatabaseName => "ep_identity_tests_external";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:RequireHttpsMetadata", "false");
        builder.UseSetting("Authentication:Google:ClientId", GoogleClientId);
        builder.UseSetting("Authentication:Google:ClientSecret", GoogleClientSecret);
        builder.UseSetting("Authentication:Google:Authority", Provider.Authority);
    }

    /// <summary>A new organization and its Owner (a new user), so tests do not share single sign-on settings.</summary>
    public async Task<(Guid Organization, Guid Owner)> CreateOrganizationAsync()
    {
        var organization = Guid.CreateVersion7();
        var owner = Guid.CreateVersion7();
        await InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<IdentityModuleDbContext>();
            db.Organizations.Add(new Organization(organization, $"org-{organization.ToString()[^8..]}", "Company"));
            await db.SaveChangesAsync();
            var created = await sp.GetRequiredService<UserManager<User>>()
                .CreateAsync(new User(owner, $"owner-{owner:N}@example.test", "Owner", DateTimeOffset.UtcNow) { EmailConfirmed = true });
            created.Succeeded.ShouldBeTrue();
        });
        await InTenantAsync(organization, async sp =>
        {
            var db = sp.GetRequiredService<IdentityModuleDbContext>();
            db.Memberships.Add(new Membership(owner, OrganizationRoles.Owner));
            await db.SaveChangesAsync();
        });
        return (organization, owner);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExternalSignInCollection : ICollectionFixture<ExternalSignInFactory>
{
    public const string Name = "ExternalSignIn";
}
