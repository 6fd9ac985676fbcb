using System.Net;
using System.Net.Http.Json;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Tests.AutoApi.TestService;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.AutoApi;

/// <summary>The test-only <see cref="ITestAppService"/> served over HTTP by convention.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AutoApiConventionTests(PlatformTestFactory factory)
{
    private const string Base = "api/platform/test";

    private HttpClient MemberOfA() => factory.CreateClientFor(TestData.UserA, TestData.OrgA);

    private async Task<NoteDto> CreateAsync(HttpClient client, string text) =>
        await (await client.PostAsJsonAsync(Base, new NoteInput(text))).ShouldBeOkAsync<NoteDto>();

    [Theory]
    [InlineData("GET /api/platform/test/{id}")]
    [InlineData("GET /api/platform/test")]
    [InlineData("GET /api/platform/test/by-text")]
    [InlineData("POST /api/platform/test")]
    [InlineData("PUT /api/platform/test/{id}")]
    [InlineData("DELETE /api/platform/test/{id}")]
    [InlineData("POST /api/platform/test/{id}/copy")]
    [InlineData("GET /api/platform/test/count")]
    [InlineData("GET /api/platform/test/o/{tenant}/current-tenant")]
    [InlineData("POST /api/platform/test/fail")]
    public void Should_map_each_service_method_to_its_conventional_or_declared_route(string route) =>
        RouteTable.Lines(factory.Services).ShouldContain(route);

    [Fact]
    public void Should_not_map_a_method_disabled_with_remote_service() =>
        RouteTable.Lines(factory.Services).Where(r => r.Contains("/api/platform/test", StringComparison.Ordinal)).ShouldAllBe(r => !r.Contains("purge"));

    [Fact]
    public async Task Should_create_with_post_and_read_back_with_get_by_id_in_the_route()
    {
        var client = MemberOfA();
        var created = await CreateAsync(client, "posted");

        var read = await (await client.GetAsync($"{Base}/{created.Id}")).ShouldBeOkAsync<NoteDto>();

        read.ShouldBe(created);
    }

    [Fact]
    public async Task Should_answer_204_for_a_method_returning_a_bare_task()
    {
        var client = MemberOfA();
        var created = await CreateAsync(client, "before");

        var response = await client.PutAsJsonAsync($"{Base}/{created.Id}", new NoteInput("after"));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await client.GetAsync($"{Base}/{created.Id}")).ShouldBeOkAsync<NoteDto>()).Text.ShouldBe("after");
    }

    [Fact]
    public async Task Should_bind_a_complex_get_parameter_from_the_query_string()
    {
        var client = MemberOfA();
        await CreateAsync(client, "one");
        await CreateAsync(client, "two");

        var page = await (await client.GetAsync($"{Base}?skip=0&take=1")).ShouldBeOkAsync<PagedResult<NoteDto>>();

        page.Items.Count.ShouldBe(1);
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Should_bind_a_simple_get_parameter_from_the_query_string()
    {
        var client = MemberOfA();
        var text = $"findable {Guid.NewGuid()}";
        var created = await CreateAsync(client, text);

        var found = await (await client.GetAsync($"{Base}/by-text?text={Uri.EscapeDataString(text)}")).ShouldBeOkAsync<NoteDto>();

        found.Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task Should_post_an_action_that_is_not_a_crud_verb_to_its_own_segment()
    {
        var client = MemberOfA();
        var original = await CreateAsync(client, "copy me");

        var copy = await (await client.PostAsync($"{Base}/{original.Id}/copy", null)).ShouldBeOkAsync<NoteDto>();

        copy.Id.ShouldNotBe(original.Id);
        copy.Text.ShouldBe("copy me");
    }

    [Fact]
    public async Task Should_serve_a_method_with_the_http_method_declared_by_remote_service()
    {
        var client = MemberOfA();
        await CreateAsync(client, "counted");

        var count = await (await client.GetAsync($"{Base}/count")).ShouldBeOkAsync<int>();

        count.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Should_resolve_the_tenant_from_the_organization_slug_in_a_declared_route()
    {
        var tenant = await (await factory.CreateClientFor().GetAsync($"{Base}/o/{TestData.OrgBSlug}/current-tenant")).ShouldBeOkAsync<Guid?>();

        tenant.ShouldBe(TestData.OrgB);
    }

    [Fact]
    public async Task Should_resolve_the_interface_and_the_controller_class_to_one_scoped_instance()
    {
        // The controller activator takes the class from DI; pages take the interface: one object per request.
        await using var scope = factory.Services.CreateAsyncScope();

        var byInterface = scope.ServiceProvider.GetRequiredService<ITestAppService>();

        byInterface.ShouldBeSameAs(scope.ServiceProvider.GetRequiredService<TestAppService>());
    }

    [Fact]
    public async Task Should_serve_over_http_what_was_written_through_the_interface_in_process()
    {
        var created = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<ITestAppService>().CreateAsync(new NoteInput("in-process")));

        var read = await (await MemberOfA().GetAsync($"{Base}/{created.Id}")).ShouldBeOkAsync<NoteDto>();

        read.ShouldBe(created);
    }
}
