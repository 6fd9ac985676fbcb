using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Accounts;

[Collection(IdentityCollection.Name)]
public sealed class PasswordResetTests(IdentityTestFactory factory)
{
    private const string NewPassword = "a-brand-new-passphrase";

    private async Task<Uri> RequestResetLinkAsync(string email)
    {
        await new AccountClient(factory).PostFormAsync("/account/forgot-password", TestAccounts.Form(("Input.Email", email)));
        return new Uri(TestMailbox.LinkIn(await factory.Mailbox.WaitForAsync(email, "password"), "/account/reset-password"));
    }

    [Fact]
    public async Task Should_reset_the_password_with_the_emailed_link_and_sign_in_with_the_new_one()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var link = await RequestResetLinkAsync(email);
        var browser = new AccountClient(factory);

        var reset = await browser.PostFormAsync(link.PathAndQuery, TestAccounts.Form(("Password", NewPassword)));
        await browser.SignInAsync(email, NewPassword);

        (await reset.Content.ReadAsStringAsync()).ShouldContain("Your new password is set.");
        (await browser.SignedInUserAsync()).ShouldBe(user);
        (await TestAccounts.SecurityEventsAsync(factory, user)).ShouldContain(SecurityActions.PasswordReset);
    }

    [Fact]
    public async Task Should_refuse_the_old_password_after_a_reset()
    {
        var email = TestAccounts.NewEmail();
        await TestAccounts.CreateConfirmedAsync(factory, email);
        var link = await RequestResetLinkAsync(email);
        var browser = new AccountClient(factory);
        await browser.PostFormAsync(link.PathAndQuery, TestAccounts.Form(("Password", NewPassword)));

        await browser.SignInAsync(email, TestData.Password);

        (await browser.SignedInUserAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_reset_link_used_twice()
    {
        var email = TestAccounts.NewEmail();
        await TestAccounts.CreateConfirmedAsync(factory, email);
        var (userId, token) = TestAccounts.LinkParts((await RequestResetLinkAsync(email)).ToString());
        var api = factory.CreateClient();
        await api.PostAsJsonAsync("api/identity/account/reset-password", new { userId, token, password = NewPassword });

        var again = await api.PostAsJsonAsync("api/identity/account/reset-password", new { userId, token, password = "yet-another-passphrase" });

        await again.ShouldBeProblemAsync(HttpStatusCode.BadRequest, AccountErrorCodes.InvalidToken);
    }

    [Fact]
    public async Task Should_answer_a_reset_request_for_an_unknown_address_like_any_other_and_send_nothing()
    {
        var email = TestAccounts.NewEmail("nobody");

        var response = await factory.CreateClient().PostAsJsonAsync("api/identity/account/send-password-reset", new { email });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.Mailbox.ToAsync(email)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_unlock_a_locked_account_when_its_owner_resets_the_password()
    {
        var email = TestAccounts.NewEmail();
        await TestAccounts.CreateConfirmedAsync(factory, email);
        var browser = new AccountClient(factory);
        for (var attempt = 0; attempt < AccountConsts.MaxFailedAccessAttempts; attempt++) await browser.SignInAsync(email, "wrong-password");
        var link = await RequestResetLinkAsync(email);
        await browser.PostFormAsync(link.PathAndQuery, TestAccounts.Form(("Password", NewPassword)));

        var response = await browser.SignInAsync(email, NewPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
