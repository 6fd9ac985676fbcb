using System.Net;
using System.Net.Http.Json;
using System.Text;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.Tests.AutoApi.TestService;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;

namespace EventPlatform.Platform.Tests.AutoApi;

/// <summary>Bad input answers 400/404/415 ProblemDetails with a code; a defect answers 500 without internals.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HttpErrorTests(PlatformTestFactory factory)
{
    private const string Base = "api/platform/test";

    private HttpClient MemberOfA() => factory.CreateClientFor(TestData.UserA, TestData.OrgA);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Should_answer_404_problem_details_for_an_unknown_api_route()
    {
        var response = await MemberOfA().GetAsync("api/platform/no-such-service/42");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_problem_details_for_an_unknown_api_route_even_to_a_browser()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/nothing-here");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var response = await MemberOfA().SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_problem_details_for_an_unknown_api_route_to_a_client_that_accepts_only_html()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/nothing-here");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await MemberOfA().SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.NotFound);
    }

    [Fact]
    public async Task Should_answer_400_problem_details_for_a_malformed_json_body()
    {
        var response = await MemberOfA().PostAsync(Base, Json("{\"text\": \"unterminated"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Should_answer_400_problem_details_for_an_id_that_is_not_a_guid()
    {
        var response = await MemberOfA().GetAsync($"{Base}/not-a-guid");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("id", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_answer_415_problem_details_for_a_body_that_is_not_json()
    {
        var response = await MemberOfA().PostAsync(Base, new StringContent("text=hello", Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, PlatformErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Should_answer_400_with_camel_cased_field_errors_when_fluent_validation_fails()
    {
        var response = await MemberOfA().PostAsJsonAsync(Base, new NoteInput(new string('x', Note.MaxTextLength + 1)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").GetProperty("text").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Should_not_run_the_service_when_validation_fails()
    {
        var client = MemberOfA();
        var created = await (await client.PostAsJsonAsync(Base, new NoteInput("kept"))).ShouldBeOkAsync<NoteDto>();

        await client.PutAsJsonAsync($"{Base}/{created.Id}", new NoteInput(""));

        (await (await client.GetAsync($"{Base}/{created.Id}")).ShouldBeOkAsync<NoteDto>()).Text.ShouldBe("kept");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    public async Task Should_answer_404_with_the_entity_not_found_title_in_the_culture_of_the_query(string culture)
    {
        var id = Guid.NewGuid();

        var response = await MemberOfA().GetAsync($"{Base}/{id}?culture={culture}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.EntityNotFound);
        problem.GetProperty("title").GetString().ShouldBe(
            LocalizationFiles.Text(typeof(PlatformResource), culture, PlatformErrorCodes.EntityNotFound, ("entity", nameof(Note)), ("key", id)));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    public async Task Should_answer_404_with_the_entity_not_found_title_in_the_culture_of_accept_language(string culture)
    {
        var id = Guid.NewGuid();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Base}/{id}");
        request.Headers.AcceptLanguage.ParseAdd(culture);

        var response = await MemberOfA().SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.EntityNotFound);
        var expected = LocalizationFiles.Text(typeof(PlatformResource), culture, PlatformErrorCodes.EntityNotFound, ("entity", nameof(Note)), ("key", id));
        problem.GetProperty("title").GetString().ShouldBe(expected);
        expected.ShouldNotBe(LocalizationFiles.Text(typeof(PlatformResource), "en", PlatformErrorCodes.EntityNotFound, ("entity", nameof(Note)), ("key", id)));
    }

    [Fact]
    public async Task Should_answer_500_problem_details_without_exception_details_for_a_defect()
    {
        var response = await MemberOfA().PostAsync($"{Base}/fail", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError, PlatformErrorCodes.ServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(TestAppService.Secret);
        body.ShouldNotContain(nameof(InvalidOperationException));
        body.ShouldNotContain(nameof(TestAppService));
    }
}
