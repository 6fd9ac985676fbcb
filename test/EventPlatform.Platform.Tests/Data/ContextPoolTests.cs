using EventPlatform.Platform.Data;
using EventPlatform.Platform.Tests.TestModel;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Data;

[Collection(PlatformCollection.Name)]
public sealed class ContextPoolTests(PlatformTestFactory factory)
{
    [Fact]
    public async Task Should_keep_only_the_pool_size_of_a_burst_of_contexts_for_the_next_requests()
    {
        var burst = DataServiceCollectionExtensions.ContextPoolSize + 8;

        var first = await RentAndReturnAsync(burst);
        var second = await RentAndReturnAsync(burst);

        first.Distinct().Count().ShouldBe(burst);
        second.Count(first.Contains).ShouldBe(DataServiceCollectionExtensions.ContextPoolSize);
    }

    /// <summary>As many requests at once, each with a context of its own; all hand them back at the end.</summary>
    private async Task<List<TestDbContext>> RentAndReturnAsync(int requests)
    {
        var scopes = Enumerable.Range(0, requests).Select(_ => factory.Services.CreateAsyncScope()).ToList();
        var contexts = scopes.Select(s => s.ServiceProvider.GetRequiredService<TestDbContext>()).ToList();
        foreach (var scope in scopes) await scope.DisposeAsync();
        return contexts;
    }
}
