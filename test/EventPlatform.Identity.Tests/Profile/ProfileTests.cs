using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Profile;

/// <summary>The profile API and page: display name, E.164 phone, language (culture cookie), IANA time zone, notifications.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ProfileTests(IdentityTestFactory factory)
{
    private const string Profile = "api/identity/profile";

    private static UpdateProfileDto Valid => new() { DisplayName = "Pat Updated", NotifyEventReminders = true };

    [Fact]
    public async Task Should_return_the_signed_in_users_own_profile()
    {
        var user = await TestAccounts.CreateUserAsync(factory, "Pat Own");

        var profile = await (await factory.CreateClientFor(user).GetAsync(Profile)).ShouldBeOkAsync<ProfileDto>();

        (profile.DisplayName, profile.Email).ShouldBe(("Pat Own", $"profile-{user:N}@example.test"));
    }

    [Fact]
    public async Task Should_answer_401_to_a_visitor()
    {
        var response = await factory.CreateClientFor().GetAsync(Profile);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_store_the_phone_number_in_E164_form()
    {
        var client = factory.CreateClientFor(await TestAccounts.CreateUserAsync(factory));

        var saved = await (await client.PutAsJsonAsync(Profile, Valid with { PhoneNumber = "+49 (30) 901820" })).ShouldBeOkAsync<ProfileDto>();

        saved.PhoneNumber.ShouldBe("+4930901820");
    }

    [Theory]
    [InlineData("030 901820")]
    [InlineData("+49 12")]
    [InlineData("call me")]
    public async Task Should_refuse_a_phone_number_that_is_not_a_valid_international_number(string phone)
    {
        var client = factory.CreateClientFor(await TestAccounts.CreateUserAsync(factory));

        var response = await client.PutAsJsonAsync(Profile, Valid with { PhoneNumber = phone });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("phoneNumber", out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Should_refuse_a_time_zone_that_is_not_an_IANA_zone()
    {
        var client = factory.CreateClientFor(await TestAccounts.CreateUserAsync(factory));

        var response = await client.PutAsJsonAsync(Profile, Valid with { TimeZone = "Mars/Olympus_Mons" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("timeZone", out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Should_refuse_a_language_the_platform_does_not_offer()
    {
        var client = factory.CreateClientFor(await TestAccounts.CreateUserAsync(factory));

        var response = await client.PutAsJsonAsync(Profile, Valid with { PreferredCulture = "fr" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("preferredCulture", out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Should_save_name_language_time_zone_and_notification_choices()
    {
        var client = factory.CreateClientFor(await TestAccounts.CreateUserAsync(factory));
        var input = new UpdateProfileDto
        {
            DisplayName = "  Pat Neu  ", PreferredCulture = "de", TimeZone = "Europe/Berlin", NotifyEventReminders = false, NotifyProductNews = true,
        };

        await client.PutAsJsonAsync(Profile, input);

        var profile = await (await client.GetAsync(Profile)).ShouldBeOkAsync<ProfileDto>();
        (profile.DisplayName, profile.PreferredCulture, profile.TimeZone, profile.NotifyEventReminders, profile.NotifyProductNews)
            .ShouldBe(("Pat Neu", "de", "Europe/Berlin", false, true));
    }

    [Fact]
    public async Task Should_apply_the_chosen_language_as_the_culture_cookie()
    {
        var browser = TestAccounts.BrowserFor(factory, await TestAccounts.CreateUserAsync(factory));

        var response = await browser.PostFormAsync("/account/profile",
        [
            new("Input.DisplayName", "Pat"), new("Input.PreferredCulture", "es"), new("Input.TimeZone", ""),
            new("Input.NotifyEventReminders", "true"), new("Input.NotifyProductNews", "false"),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=c%3Des%7Cuic%3Des", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_show_a_localized_field_error_on_the_page_for_an_invalid_phone_number()
    {
        var browser = TestAccounts.BrowserFor(factory, await TestAccounts.CreateUserAsync(factory));
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        var response = await browser.PostFormAsync("/account/profile", [new("Input.DisplayName", "Pat"), new("Input.PhoneNumber", "12345")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Geben Sie eine gültige Telefonnummer mit Ländervorwahl ein");
    }

    [Fact]
    public async Task Should_answer_each_request_in_its_own_language_with_the_one_validator_the_process_keeps()
    {
        var browser = TestAccounts.BrowserFor(factory, await TestAccounts.CreateUserAsync(factory));

        // Validators are built once per process: the text of a failed rule must still follow each request's culture.
        foreach (var (language, expected) in new[]
                 {
                     ("es", "Introduce un número de teléfono válido con prefijo internacional"),
                     ("de", "Geben Sie eine gültige Telefonnummer mit Ländervorwahl ein"),
                     ("en", "Enter a valid phone number with its country code"),
                 })
        {
            browser.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
            browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var response = await browser.PostFormAsync("/account/profile", [new("Input.DisplayName", "Pat"), new("Input.PhoneNumber", "12345")]);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(expected);
        }
    }

    [Fact]
    public async Task Should_put_the_new_display_name_into_the_sign_in_cookie()
    {
        var user = await TestAccounts.CreateUserAsync(factory, "Old Name");
        var browser = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user));

        await browser.PostFormAsync("/account/profile", [new("Input.DisplayName", "New Name")]);

        var html = await (await browser.GetAsync("/account/profile")).Content.ReadAsStringAsync();
        html.ShouldContain("<span class=\"account-menu__name\">New Name</span>");
    }

    [Fact]
    public async Task Should_apply_the_preferred_language_as_the_culture_cookie_at_sign_in()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        await factory.CreateClientFor(user).PutAsJsonAsync(Profile, Valid with { PreferredCulture = "de" });

        var cookies = await TestAccounts.SignInCookiesAsync(factory, user);

        cookies.ShouldContain(c => c.StartsWith(".AspNetCore.Culture=c%3Dde%7Cuic%3Dde", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_leave_the_culture_cookie_alone_at_sign_in_when_the_user_follows_the_browser()
    {
        var user = await TestAccounts.CreateUserAsync(factory);

        var cookies = await TestAccounts.SignInCookiesAsync(factory, user);

        cookies.ShouldNotContain(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
    }
}
