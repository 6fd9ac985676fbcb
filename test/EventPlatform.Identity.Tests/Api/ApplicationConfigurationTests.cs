using EventPlatform.Platform.Application;
using EventPlatform.Platform.Localization;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Api;

[Collection(IdentityCollection.Name)]
public sealed class ApplicationConfigurationTests(IdentityTestFactory factory)
{
    private const string Configuration = "api/platform/application-configuration";

    [Fact]
    public async Task Should_return_the_signed_in_user()
    {
        var configuration = await (await factory.CreateClientFor(TestData.UserB).GetAsync(Configuration)).ShouldBeOkAsync<ApplicationConfigurationDto>();

        configuration.CurrentUser.ShouldBe(new CurrentUserDto(true, TestData.UserB));
    }

    [Fact]
    public async Task Should_return_an_anonymous_user_when_nobody_is_signed_in()
    {
        var configuration = await (await factory.CreateClientFor().GetAsync(Configuration)).ShouldBeOkAsync<ApplicationConfigurationDto>();

        configuration.CurrentUser.ShouldBe(new CurrentUserDto(false, null));
    }

    [Fact]
    public async Task Should_return_the_request_cultures_and_the_supported_ones()
    {
        var localization = (await (await factory.CreateClientFor().GetAsync($"{Configuration}?culture=es")).ShouldBeOkAsync<ApplicationConfigurationDto>()).Localization;

        localization.CurrentCulture.ShouldBe("es");
        localization.CurrentUICulture.ShouldBe("es");
        localization.SupportedCultures.ShouldBe(["en", "de", "es"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    public async Task Should_return_the_texts_of_every_resource_in_the_ui_culture(string culture)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Configuration);
        request.Headers.AcceptLanguage.ParseAdd(culture);

        var texts = (await (await factory.CreateClientFor().SendAsync(request)).ShouldBeOkAsync<ApplicationConfigurationDto>()).Localization.Texts;

        texts["Platform"].ShouldBe(LocalizationFiles.Texts(typeof(PlatformResource), culture), ignoreOrder: true);
        texts["Identity"].ShouldBe(LocalizationFiles.Texts(typeof(IdentityResource), culture), ignoreOrder: true);
    }
}
