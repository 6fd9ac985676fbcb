using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Gdpr;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Gdpr;

[Collection(IdentityCollection.Name)]
public sealed class ConsentTests(IdentityTestFactory factory)
{
    private const string Privacy = "api/identity/privacy";

    private async Task<PrivacyOverviewDto> ChangeAsync(Guid user, string kind, bool granted) =>
        await (await factory.CreateClientFor(user).PostAsJsonAsync($"{Privacy}/change-consent", new ChangeConsentInput(kind, granted)))
            .ShouldBeOkAsync<PrivacyOverviewDto>();

    [Fact]
    public async Task Should_record_the_current_terms_version_with_the_time_it_was_accepted()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        var overview = await (await factory.CreateClientFor(person.Id).GetAsync(Privacy)).ShouldBeOkAsync<PrivacyOverviewDto>();

        var terms = overview.Consents.Single(c => c.Kind == ConsentKinds.Terms);
        terms.Granted.ShouldBeTrue();
        terms.Version.ShouldBe(GdprConsts.CurrentTermsVersion);
        terms.ChangedAt!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Should_withdraw_the_marketing_consent()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        var overview = await ChangeAsync(person.Id, ConsentKinds.Marketing, granted: false);

        overview.Consents.Single(c => c.Kind == ConsentKinds.Marketing).Granted.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_keep_every_decision_in_the_consent_history()
    {
        var person = await PersonalDataUser.CreateAsync(factory);
        await ChangeAsync(person.Id, ConsentKinds.Marketing, granted: false);
        await ChangeAsync(person.Id, ConsentKinds.Marketing, granted: true);

        var export = await (await factory.CreateClientFor(person.Id).GetAsync($"{Privacy}/personal-data")).ShouldBeOkAsync<PersonalDataExportDto>();

        export.Sections["identity"].GetProperty("consents").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == ConsentKinds.Marketing)
            .Select(c => c.GetProperty("granted").GetBoolean())
            .ShouldBe([true, false, true]);
    }

    [Fact]
    public async Task Should_log_a_consent_change_as_ConsentChanged()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        await ChangeAsync(person.Id, ConsentKinds.Marketing, granted: false);

        (await AuditRows.ForAsync(factory, person.Id.ToString()))
            .Count(a => a.Action == SecurityActions.ConsentChanged && !JsonDocument.Parse(a.Changes!).RootElement.GetProperty("granted").GetBoolean()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_consent_kind_the_platform_does_not_ask_for()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        var response = await factory.CreateClientFor(person.Id).PostAsJsonAsync($"{Privacy}/change-consent", new ChangeConsentInput("Gdpr:Consent:SellMyData", true));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Should_withdraw_a_consent_from_the_privacy_page()
    {
        var person = await PersonalDataUser.CreateAsync(factory);
        var client = factory.CreateClientFor(person.Id);

        var response = await PageForms.PostAsync(client, "/account/privacy", "Consent",
            new Dictionary<string, string> { ["kind"] = ConsentKinds.Marketing, ["granted"] = "false" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var overview = await (await client.GetAsync(Privacy)).ShouldBeOkAsync<PrivacyOverviewDto>();
        overview.Consents.Single(c => c.Kind == ConsentKinds.Marketing).Granted.ShouldBeFalse();
    }
}
