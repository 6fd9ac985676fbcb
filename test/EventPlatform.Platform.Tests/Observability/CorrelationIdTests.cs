using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Observability;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Observability;

[Collection(PlatformCollection.Name)]
public sealed partial class CorrelationIdTests(PlatformTestFactory factory)
{
    private static string CorrelationIdOf(HttpResponseMessage response) =>
        response.Headers.GetValues(CorrelationIdMiddleware.HeaderName).Single();

    private async Task<(HttpResponseMessage Response, AuditLogEntry Insert)> CreateNoteAsync(string? correlationId)
    {
        var client = factory.CreateClientFor(TestData.UserA, TestData.OrgA);
        if (correlationId is not null) client.DefaultRequestHeaders.Add(CorrelationIdMiddleware.HeaderName, correlationId);
        var response = await client.PostAsync(NotesEndpoint.Path, null);
        response.EnsureSuccessStatusCode();
        var note = await response.Content.ReadFromJsonAsync<CreatedNote>();
        var insert = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<PlatformDbContext>().Set<AuditLogEntry>()
            .SingleAsync(a => a.EntityKey == note!.Id.ToString() && a.Action == AuditActions.Insert));
        return (response, insert);
    }

    [Fact]
    public async Task Should_echo_a_well_formed_correlation_id()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(CorrelationIdMiddleware.HeaderName, "abc-123");

        var response = await client.GetAsync("/health/live");

        CorrelationIdOf(response).ShouldBe("abc-123");
    }

    [Fact]
    public async Task Should_record_the_callers_correlation_id_in_the_audit_log_of_the_request()
    {
        var (_, insert) = await CreateNoteAsync("abc-123");

        insert.CorrelationId.ShouldBe("abc-123");
    }

    [Fact]
    public async Task Should_record_the_generated_correlation_id_in_the_audit_log_when_none_is_sent()
    {
        var (response, insert) = await CreateNoteAsync(null);

        insert.CorrelationId.ShouldBe(CorrelationIdOf(response));
    }

    [Theory]
    [InlineData("abc 123")]
    [InlineData("abc<script>")]
    [InlineData("a/b")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Should_replace_a_malformed_correlation_id(string sent)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(CorrelationIdMiddleware.HeaderName, sent);

        var response = await client.GetAsync("/health/live");

        CorrelationIdOf(response).ShouldNotBe(sent);
        CorrelationIdOf(response).ShouldMatch(WellFormed().ToString());
    }

    [Fact]
    public async Task Should_give_each_request_without_correlation_id_its_own()
    {
        var client = factory.CreateClient();

        var first = CorrelationIdOf(await client.GetAsync("/health/live"));
        var second = CorrelationIdOf(await client.GetAsync("/health/live"));

        first.ShouldMatch(WellFormed().ToString());
        second.ShouldNotBe(first);
    }

    [Fact]
    public async Task Should_echo_the_correlation_id_on_an_error_response()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(CorrelationIdMiddleware.HeaderName, "err-42");

        var response = await client.GetAsync("/blobs/not-a-token");

        ((int)response.StatusCode).ShouldBe(404);
        CorrelationIdOf(response).ShouldBe("err-42");
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex WellFormed();
}
