using System.Net;
using EventPlatform.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Hosting;

[Collection(PlatformCollection.Name)]
public sealed class HostingTests(PlatformTestFactory factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Should_report_healthy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Should_keep_data_protection_keys_in_postgresql_so_every_node_shares_them()
    {
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var token = protector.Protect("cookie payload");

        var keys = await factory.InTenantAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().DataProtectionKeys.CountAsync());
        // A second, independent key ring reading the same table can unprotect it (as another node or a restart would).
        var otherNode = new ServiceCollection()
            .AddDbContext<PlatformDbContext>(o => DataServiceCollectionExtensions.Configure(o, Npgsql.NpgsqlDataSource.Create(factory.Database.AppConnectionString), "platform"))
            .AddDataProtection().SetApplicationName("EventPlatform").PersistKeysToDbContext<PlatformDbContext>().Services
            .BuildServiceProvider();

        keys.ShouldBeGreaterThan(0);
        otherNode.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token).ShouldBe("cookie payload");
    }
}
