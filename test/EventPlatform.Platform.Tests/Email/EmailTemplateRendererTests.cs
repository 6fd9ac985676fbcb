using System.Globalization;
using EventPlatform.Platform.Email;

namespace EventPlatform.Platform.Tests.Email;

public sealed class EmailTemplateRendererTests
{
    private readonly EmailTemplateRenderer _renderer = new();

    private RenderedEmail RenderTest(string organization, string culture) =>
        _renderer.Render(typeof(PlatformEmailTemplates), PlatformEmailTemplates.Test,
            new Dictionary<string, string?> { ["organization"] = organization }, CultureInfo.GetCultureInfo(culture));

    [Theory]
    [InlineData("en", "Test message from Acme")]
    [InlineData("de", "Testnachricht von Acme")]
    [InlineData("es", "Mensaje de prueba de Acme")]
    public void Should_take_the_subject_from_the_title_of_the_recipients_language(string culture, string subject) =>
        RenderTest("Acme", culture).Subject.ShouldBe(subject);

    [Fact]
    public void Should_use_the_parent_language_for_a_regional_culture() =>
        RenderTest("Acme", "de-AT").Subject.ShouldBe("Testnachricht von Acme");

    [Fact]
    public void Should_fall_back_to_english_for_a_language_without_template() =>
        RenderTest("Acme", "fr-FR").Subject.ShouldBe("Test message from Acme");

    [Fact]
    public void Should_html_encode_placeholder_values_in_the_body()
    {
        var email = RenderTest("<script>alert(1)</script> & Söhne", "en");

        email.HtmlBody.ShouldContain("from &lt;script&gt;alert(1)&lt;/script&gt; &amp; Söhne.");
        email.HtmlBody.ShouldNotContain("<script>");
    }

    [Fact]
    public void Should_keep_the_subject_as_the_plain_value_of_an_encoded_placeholder() =>
        RenderTest("Müller & <Söhne>", "de").Subject.ShouldBe("Testnachricht von Müller & <Söhne>");

    [Fact]
    public void Should_derive_a_plain_text_alternative_without_markup()
    {
        var email = RenderTest("Müller & <Söhne>", "de");

        email.TextBody.ShouldBe("Testnachricht\n\nDies ist eine Testnachricht von Müller & <Söhne>.\n\nWenn Sie sie lesen können, funktioniert der E-Mail-Versand.");
    }

    [Fact]
    public void Should_refuse_to_render_without_a_value_for_every_placeholder() =>
        Should.Throw<InvalidOperationException>(() => _renderer.Render(typeof(PlatformEmailTemplates), PlatformEmailTemplates.Test,
            new Dictionary<string, string?>(), CultureInfo.GetCultureInfo("en")));

    [Fact]
    public void Should_refuse_a_template_the_module_does_not_embed() =>
        Should.Throw<InvalidOperationException>(() => _renderer.Render(typeof(PlatformEmailTemplates), "NoSuchTemplate",
            new Dictionary<string, string?>(), CultureInfo.GetCultureInfo("en")));
}
