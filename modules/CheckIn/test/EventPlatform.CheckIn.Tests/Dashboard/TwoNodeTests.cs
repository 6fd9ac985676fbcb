using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Tests.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using StackExchange.Redis;

namespace EventPlatform.CheckIn.Tests.Dashboard;

/// <summary>
/// Two web nodes (each its own host and DI container, one database) with the Redis backplane on, against the
/// redis-server named by <c>EP_TEST_REDIS</c> (test.sh starts one); reported as skipped when it is not set.
/// </summary>
[Collection(CheckInCollection.Name)]
public sealed class TwoNodeTests(CheckInTestFactory factory)
{
    private static readonly string? Redis = Environment.GetEnvironmentVariable("EP_TEST_REDIS");
    private readonly CheckInApi _api = CheckInApi.ForOrganizationA(factory);

    [SkippableFact]
    public async Task Should_push_a_scan_on_node_a_to_a_dashboard_on_node_b_through_redis_and_not_without_it()
    {
        Skip.If(string.IsNullOrWhiteSpace(Redis), "EP_TEST_REDIS is not set: no Redis to run two nodes through.");
        // A channel prefix of its own: test runs sharing the Redis never hear each other.
        var prefix = "ep-test-" + Guid.NewGuid().ToString("N")[..12];
        await using var nodeA = Node(prefix);
        await using var nodeB = Node(prefix);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Redis!);
        var published = 0;
        await redis.GetSubscriber().SubscribeAsync(RedisChannel.Pattern(prefix + "*"), (_, _) => Interlocked.Increment(ref published));
        var (@event, general, _) = await _api.EventAsync("Two Nodes");
        var (_, ada) = await _api.BuyAsync(@event, general);
        var (_, grace) = await _api.BuyAsync(@event, general, "Grace Hopper");
        var list = await _api.ListAsync(@event.Id, new CheckInListInput("Main entrance"));
        await using var dashboardOnB = await DashboardClient.ConnectAsync(nodeB, TestData.AdminA, TestData.OrgA);
        await dashboardOnB.JoinAsync(@event.Id);

        // Negative control: a node without the backplane (the shared test host) keeps its scans to its own dashboards.
        var local = await CheckInApi.ScanAsync(factory.CreateClientFor(TestData.StaffA, TestData.OrgA), list, grace.Code);
        var unseen = await dashboardOnB.WaitForAsync(s => s.ScanId == local.ScanId, TimeSpan.FromSeconds(2));
        var before = Volatile.Read(ref published);
        var scan = await CheckInApi.ScanAsync(Client(nodeA), list, ada.Code);
        var seen = await dashboardOnB.WaitForAsync(s => s.ScanId == scan.ScanId, TimeSpan.FromSeconds(2));

        unseen.ShouldBeNull();
        seen.ShouldNotBeNull().Scans.Single(s => s.ScanId == scan.ScanId).AttendeeName.ShouldBe("Ada Lovelace");
        seen.CheckedIn.Lists[list.Id].ShouldBe(2);
        Volatile.Read(ref published).ShouldBeGreaterThan(before);
    }

    private WebApplicationFactory<Program> Node(string prefix) =>
        factory.WithWebHostBuilder(builder => builder.UseSetting("SignalR:Redis", Redis).UseSetting("SignalR:ChannelPrefix", prefix));

    private static HttpClient Client(WebApplicationFactory<Program> node)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, TestData.StaffA.ToString());
        client.DefaultRequestHeaders.Add(TestAuthHandler.OrganizationHeader, TestData.OrgA.ToString());
        return client;
    }
}
