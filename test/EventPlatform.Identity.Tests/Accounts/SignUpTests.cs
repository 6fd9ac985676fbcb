using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Gdpr;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Accounts;

[Collection(IdentityCollection.Name)]
public sealed class SignUpTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_email_a_confirmation_link_when_someone_signs_up()
    {
        var email = TestAccounts.NewEmail();

        var response = await new AccountClient(factory).SignUpAsync(email);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var mail = await factory.Mailbox.WaitForAsync(email, "Confirm");
        TestMailbox.LinkIn(mail, "/account/confirm-email").ShouldStartWith("http://localhost/account/confirm-email?userId=");
    }

    [Fact]
    public async Task Should_refuse_to_sign_in_until_the_email_address_is_confirmed()
    {
        var email = TestAccounts.NewEmail();
        var browser = new AccountClient(factory);
        await browser.SignUpAsync(email);

        var response = await browser.SignInAsync(email, TestData.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Please confirm your e-mail address first");
        (await browser.SignedInUserAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Should_sign_in_after_confirming_with_the_link_from_the_mail()
    {
        var email = TestAccounts.NewEmail();
        var browser = new AccountClient(factory);
        await browser.SignUpAsync(email);
        var link = new Uri(TestMailbox.LinkIn(await factory.Mailbox.WaitForAsync(email, "Confirm"), "/account/confirm-email"));

        var confirmed = await browser.PostFormAsync(link.PathAndQuery, new Dictionary<string, string>());
        var signedIn = await browser.SignInAsync(email, TestData.Password);

        (await confirmed.Content.ReadAsStringAsync()).ShouldContain("E-mail address confirmed");
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.SignedInUserAsync()).ShouldBe(TestAccounts.LinkParts(link.ToString()).UserId);
    }

    [Fact]
    public async Task Should_write_signed_up_and_email_confirmed_security_events()
    {
        var user = await TestAccounts.CreateConfirmedAsync(factory, TestAccounts.NewEmail());

        (await TestAccounts.SecurityEventsAsync(factory, user)).ShouldBe([SecurityActions.SignedUp, SecurityActions.ConsentChanged, SecurityActions.EmailConfirmed]);
    }

    [Fact]
    public async Task Should_record_the_accepted_terms_and_the_marketing_opt_in_at_sign_up()
    {
        var email = TestAccounts.NewEmail();

        (await factory.CreateClient().PostAsJsonAsync("api/identity/account/register",
            new { displayName = "Consenting", email, password = TestData.Password, marketingEmails = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var consents = await factory.InTenantAsync(null, async sp =>
        {
            var user = await sp.GetRequiredService<UserManager<User>>().FindByEmailAsync(email);
            return await sp.GetRequiredService<ConsentManager>().CurrentAsync(user!.Id);
        });
        consents.Single(c => c.Kind == ConsentKinds.Terms).ShouldSatisfyAllConditions(
            c => c.Granted.ShouldBeTrue(),
            c => c.Version.ShouldBe(GdprConsts.CurrentTermsVersion));
        consents.Single(c => c.Kind == ConsentKinds.Marketing).Granted.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_not_opt_in_to_marketing_mail_unless_asked()
    {
        var user = await TestAccounts.CreateConfirmedAsync(factory, TestAccounts.NewEmail());

        var consents = await factory.InTenantAsync(null, sp => sp.GetRequiredService<ConsentManager>().CurrentAsync(user));

        consents.Single(c => c.Kind == ConsentKinds.Marketing).Granted.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_send_the_confirmation_mail_in_the_language_of_the_request()
    {
        var email = TestAccounts.NewEmail();
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        await api.PostAsJsonAsync("api/identity/account/register", new { displayName = "Lena", email, password = TestData.Password });

        (await factory.Mailbox.WaitForAsync(email)).Subject.ShouldBe("Bestätigen Sie Ihre E-Mail-Adresse für EventPlatform");
    }

    [Fact]
    public async Task Should_answer_400_with_a_localized_email_error_when_the_address_already_has_an_account()
    {
        var email = TestAccounts.NewEmail();
        await TestAccounts.CreateConfirmedAsync(factory, email);
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await api.PostAsJsonAsync("api/identity/account/register", new { displayName = "Otra", email, password = TestData.Password });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Platform:ValidationFailed");
        problem.GetProperty("errors").GetProperty("email")[0].GetString().ShouldBe($"Ya existe una cuenta con el correo \"{email}\". Inicie sesión o restablezca su contraseña.");
    }

    [Fact]
    public async Task Should_answer_400_for_a_password_shorter_than_10_characters()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("api/identity/account/register",
            new { displayName = "Short", email = TestAccounts.NewEmail(), password = "123456789" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Platform:ValidationFailed");
        problem.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_show_the_password_error_next_to_the_field_on_the_sign_up_page()
    {
        var response = await new AccountClient(factory).SignUpAsync(TestAccounts.NewEmail(), password: "short");

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Input_Password-error\" class=\"invalid-feedback d-block field-validation-error\"");
        html.ShouldContain("aria-invalid=\"true\"");
    }

    [Fact]
    public async Task Should_refuse_a_forged_confirmation_token()
    {
        var email = TestAccounts.NewEmail();
        await new AccountClient(factory).SignUpAsync(email);
        var (userId, _) = TestAccounts.LinkParts(TestMailbox.LinkIn(await factory.Mailbox.WaitForAsync(email, "Confirm"), "/account/confirm-email"));

        var response = await factory.CreateClient().PostAsJsonAsync("api/identity/account/confirm-email", new { userId, token = "Zm9yZ2Vk" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, AccountErrorCodes.InvalidToken);
    }

    [Fact]
    public async Task Should_not_confirm_the_address_when_the_link_is_merely_opened()
    {
        var email = TestAccounts.NewEmail();
        var browser = new AccountClient(factory);
        await browser.SignUpAsync(email);
        var link = new Uri(TestMailbox.LinkIn(await factory.Mailbox.WaitForAsync(email, "Confirm"), "/account/confirm-email"));

        await browser.Http.GetAsync(link.PathAndQuery);

        (await TestAccounts.FindAsync(factory, TestAccounts.LinkParts(link.ToString()).UserId))!.EmailConfirmed.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_send_a_new_confirmation_link_from_the_sign_in_page()
    {
        var email = TestAccounts.NewEmail();
        var browser = new AccountClient(factory);
        await browser.SignUpAsync(email);
        await factory.Mailbox.WaitForAsync(email, "Confirm");

        await browser.PostFormAsync("/account/sign-in", TestAccounts.Form(("Input.Email", email)), handler: "Resend");

        (await factory.Mailbox.WaitForAsync(email, "Confirm", skip: 1)).ShouldNotBeNull();
    }
}
