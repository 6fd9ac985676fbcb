using System.Net;
using EventPlatform.Events.Search;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Search;

/// <summary>Bad directory input is answered 400 with field errors, never 500.</summary>
[Collection(EventsCollection.Name)]
public sealed class DirectoryInputTests(EventsTestFactory factory)
{
    private HttpClient Anonymous => factory.CreateClient();

    [Theory]
    [InlineData("take=0", "take")]
    [InlineData("take=101", "take")]
    [InlineData("skip=-1", "skip")]
    [InlineData("from=2027-05-02&to=2027-05-01", "to")]
    [InlineData("format=Underwater", "format")]
    [InlineData("sort=Random", "sort")]
    [InlineData("from=yesterday", "from")]
    public async Task Should_answer_400_for_bad_search_input(string query, string field)
    {
        var response = await Anonymous.GetAsync($"{SearchApi.Route}?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Should_answer_400_for_search_text_longer_than_allowed()
    {
        var response = await Anonymous.GetAsync($"{SearchApi.Route}?text={new string('a', SearchQuery.MaxTextLength + 1)}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("k")]
    [InlineData("  k  ")]
    public async Task Should_answer_400_for_autocomplete_text_shorter_than_two_letters(string text)
    {
        var response = await Anonymous.GetAsync($"{SearchApi.Route}/autocomplete?text={Uri.EscapeDataString(text)}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Should_answer_400_for_too_many_suggestions()
    {
        var response = await Anonymous.GetAsync($"{SearchApi.Route}/autocomplete?text=data&take=500");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Should_search_with_characters_that_mean_something_to_sql_and_tsquery()
    {
        var response = await Anonymous.GetAsync($"{SearchApi.Route}?text={Uri.EscapeDataString("' OR 1=1 -- & | ! :* () \\ %_")}&speaker=%25_&city=%25");

        (await response.ShouldBeOkAsync<SearchResultDto>()).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_suggest_with_like_wildcards_taken_literally()
    {
        var response = await Anonymous.GetAsync($"{SearchApi.Route}/autocomplete?text={Uri.EscapeDataString("%_%_")}");

        (await response.ShouldBeOkAsync<List<AutocompleteItemDto>>()).ShouldBeEmpty();
    }
}
