using EventPlatform.Identity.Data;
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

    private Task SeedAsync(bool enabled) => factory.InTenantAsync(null, sp =>
        new DemoOrganizationSeeder(sp.GetRequiredService<IdentityModuleDbContext>(), SeedDemo(enabled)).SeedAsync(CancellationToken.None));

    private Task<int> DemoCountAsync() => factory.InTenantAsync(null, sp =>
        sp.GetRequiredService<IdentityModuleDbContext>().Organizations.CountAsync(o => o.Slug == OrganizationConsts.DemoSlug));

    [Fact]
    public async Task Should_seed_the_demo_organization_once_however_often_migrate_runs()
    {
        await SeedAsync(enabled: false);
        (await DemoCountAsync()).ShouldBe(0);

        await SeedAsync(enabled: true);
        await SeedAsync(enabled: true);

        (await DemoCountAsync()).ShouldBe(1);
        var page = await factory.CreateClient().GetAsync("/o/demo");
        page.IsSuccessStatusCode.ShouldBeTrue();
    }
}
