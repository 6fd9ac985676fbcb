using EventPlatform.Platform.Email;

namespace EventPlatform.Platform.Tests.Email;

public sealed class HtmlToTextTests
{
    [Fact]
    public void Should_write_links_with_their_address() =>
        HtmlToText.Convert("<p>Open <a href=\"https://example.org/t/1\">your ticket</a> now</p>")
            .ShouldBe("Open your ticket (https://example.org/t/1) now");

    [Fact]
    public void Should_turn_list_items_into_dashes_and_drop_styles() =>
        HtmlToText.Convert("<style>p { color: red }</style><ul><li>One</li><li>Two</li></ul>")
            .ShouldBe("- One\n- Two");

    [Fact]
    public void Should_decode_character_references() =>
        HtmlToText.Convert("<p>Fish &amp; chips &lt;3</p>").ShouldBe("Fish & chips <3");
}
