using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting.Internal;
using EventPlatform.Identity.Organizations;
using EventPlatform.Identity.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Organizations;

[Collection(IdentityCollection.Name)]
public sealed class DemoOrganizationSeederTests(IdentityTestFactory factory)
{
    private static IConfiguration SeedDemo(bool enabled) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Seed:Demo"] = enabled.ToString() }).Build();

    private Task SeedAsync(bool enabled, string environment = "Testing") => factory.InTenantAsync(null, sp =>
        new DemoOrganizationSeeder(sp.GetRequiredService<IdentityModuleDbContext>(), sp.GetRequiredService<UserManager<User>>(),
            SeedDemo(enabled), new HostingEnvironment { EnvironmentName = environment }).SeedAsync(CancellationToken.None));

    private Task<int> DemoCountAsync() => factory.InTenantAsync(null, sp =>
        sp.GetRequiredService<IdentityModuleDbContext>().Organizations.CountAsync(o => o.Slug == OrganizationConsts.DemoSlug));

    [Fact]
    public async Task Should_seed_the_demo_organization_once_however_often_migrate_runs()
    {
        var before = await DemoCountAsync();
        await SeedAsync(enabled: false);
        (await DemoCountAsync()).ShouldBe(before);

        await SeedAsync(enabled: true);
        await SeedAsync(enabled: true);

        (await DemoCountAsync()).ShouldBe(1);
        var page = await factory.CreateClient().GetAsync("/o/demo");
        page.IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_seed_demo_sign_ins_in_development_only()
    {
        await SeedAsync(enabled: true);
        (await FindAsync(DemoOrganizationSeeder.OrganizerEmail)).ShouldBeNull();

        await SeedAsync(enabled: true, environment: "Development");
        await SeedAsync(enabled: true, environment: "Development");

        var organizer = (await FindAsync(DemoOrganizationSeeder.OrganizerEmail)).ShouldNotBeNull();
        organizer.IsPlatformAdmin.ShouldBeTrue();
        var role = await factory.InTenantAsync(DemoOrganizationSeeder.DemoOrganizationId, sp =>
            sp.GetRequiredService<IdentityModuleDbContext>().Memberships.Where(m => m.UserId == organizer.Id).Select(m => m.Role).SingleAsync());
        role.ShouldBe(OrganizationRoles.Owner);
        var canSignIn = await factory.InTenantAsync(null, sp =>
            sp.GetRequiredService<UserManager<User>>().CheckPasswordAsync(organizer, DemoOrganizationSeeder.DefaultPassword));
        canSignIn.ShouldBeTrue();
    }

    private Task<User?> FindAsync(string email) =>
        factory.InTenantAsync(null, sp => sp.GetRequiredService<UserManager<User>>().FindByEmailAsync(email));
}
