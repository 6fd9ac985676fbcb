using EventPlatform.Web.Localization;

namespace EventPlatform.E2E;

/// <summary>The return-URL guard of the language picker; a plain unit test, no browser needed.</summary>
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/o/org-a")]
    [InlineData("/o/org-a?tab=events#top")]
    public void Should_keep_a_local_path(string url) => LocalUrl.OrHome(url).ShouldBe(url);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("o/org-a")]
    [InlineData("/o/org-a\r\nSet-Cookie: x=1")]
    public void Should_go_home_instead_of_anywhere_else(string? url) => LocalUrl.OrHome(url).ShouldBe("/");
}
