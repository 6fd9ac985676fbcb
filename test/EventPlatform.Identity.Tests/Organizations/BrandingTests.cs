using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Settings;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Organizations;

[Collection(IdentityCollection.Name)]
public sealed partial class BrandingTests(IdentityTestFactory factory)
{
    private static UpdateOrganizationSettingsInput Settings(string name = "Branded Org", string? primary = "#123456", string currency = "CHF") =>
        new(name, primary, "#abcdef", "Tickets are not refundable.", "We keep your data in the EU.", "Europe/Zurich", currency, "de");

    [Fact]
    public async Task Should_save_the_name_colors_legal_texts_and_defaults()
    {
        var organization = await factory.NewOrganizationAsync();

        await (await organization.OwnerClient.PutAsJsonAsync(OrganizationsApi.Settings, Settings())).ShouldBeOkAsync<OrganizationSettingsDto>();

        var saved = await (await organization.OwnerClient.GetAsync(OrganizationsApi.Settings)).ShouldBeOkAsync<OrganizationSettingsDto>();
        saved.ShouldBe(new OrganizationSettingsDto(organization.Id, organization.Slug, "Branded Org", "#123456", "#abcdef",
            "Tickets are not refundable.", "We keep your data in the EU.", "Europe/Zurich", "CHF", "de", null));
    }

    [Fact]
    public async Task Should_make_the_defaults_the_organizations_settings_for_other_modules()
    {
        var organization = await factory.NewOrganizationAsync();

        (await organization.OwnerClient.PutAsJsonAsync(OrganizationsApi.Settings, Settings())).EnsureSuccessStatusCode();

        var currency = await factory.InTenantAsync(organization.Id, sp => sp.GetRequiredService<ISettingProvider>().GetOrNullAsync(PlatformSettings.DefaultCurrency));
        currency.ShouldBe("CHF");
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#12345g")]
    public async Task Should_refuse_a_color_that_is_not_rrggbb_with_400(string color)
    {
        var organization = await factory.NewOrganizationAsync();

        var response = await organization.OwnerClient.PutAsJsonAsync(OrganizationsApi.Settings, Settings(primary: color));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Platform:ValidationFailed");
        problem.GetRawText().ShouldContain("primaryColor", Case.Insensitive);
    }

    [Fact]
    public async Task Should_refuse_a_currency_that_is_not_iso_4217_with_400()
    {
        var organization = await factory.NewOrganizationAsync();

        var response = await organization.OwnerClient.PutAsJsonAsync(OrganizationsApi.Settings, Settings(currency: "EURO"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Platform:ValidationFailed")).GetRawText().ShouldContain("currency", Case.Insensitive);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_time_zone_with_400()
    {
        var organization = await factory.NewOrganizationAsync();

        var response = await organization.OwnerClient.PutAsJsonAsync(OrganizationsApi.Settings, Settings() with { TimeZone = "Mars/Olympus" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Platform:ValidationFailed")).GetRawText().ShouldContain("timeZone", Case.Insensitive);
    }

    [Fact]
    public async Task Should_show_the_brand_color_and_legal_texts_on_the_public_page()
    {
        var organization = await factory.NewOrganizationAsync();
        (await organization.OwnerClient.PutAsJsonAsync(OrganizationsApi.Settings, Settings())).EnsureSuccessStatusCode();

        var html = await factory.CreateClientFor().GetStringAsync($"/o/{organization.Slug}");

        html.ShouldContain("--ep-brand: #123456;");
        html.ShouldContain("Tickets are not refundable.");
        html.ShouldContain("We keep your data in the EU.");
    }

    [Fact]
    public async Task Should_show_the_uploaded_logo_on_the_public_page()
    {
        var organization = await factory.NewOrganizationAsync();
        var (client, _) = await CookieClients.CreateAsync(factory, organization.Owner);
        var token = await client.AntiforgeryTokenAsync("/organizations/settings");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "logo", "logo.png" },
        };

        var upload = await client.PostAsync("/organizations/settings?handler=Logo", form);

        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        var html = await factory.CreateClientFor().GetStringAsync($"/o/{organization.Slug}");
        var src = LogoSource().Match(html);
        src.Success.ShouldBeTrue(html);
        var logo = await factory.CreateClientFor().GetAsync(System.Net.WebUtility.HtmlDecode(src.Groups[1].Value));
        (await logo.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
    }

    [Fact]
    public async Task Should_refuse_a_logo_that_is_not_an_image()
    {
        var organization = await factory.NewOrganizationAsync();
        var (client, _) = await CookieClients.CreateAsync(factory, organization.Owner);
        var token = await client.AntiforgeryTokenAsync("/organizations/settings");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("<svg onload=alert(1)>"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "logo", "logo.png" },
        };

        var upload = await client.PostAsync("/organizations/settings?handler=Logo", form);

        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await upload.Content.ReadAsStringAsync()).ShouldContain("PNG, JPEG or WebP image of at most 512 KB");
        (await factory.CreateClientFor().GetStringAsync($"/o/{organization.Slug}")).ShouldNotContain("org-hero__logo");
    }

    // A 1x1 transparent PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [GeneratedRegex("""class="org-hero__logo" src="([^"]+)""")]
    private static partial Regex LogoSource();
}
