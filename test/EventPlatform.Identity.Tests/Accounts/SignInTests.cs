using System.Net;
using EventPlatform.Identity.Accounts;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Accounts;

[Collection(IdentityCollection.Name)]
public sealed class SignInTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_sign_in_with_the_right_password_and_set_the_session_cookie()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var browser = new AccountClient(factory);

        var response = await browser.SignInAsync(email, TestData.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".EventPlatform.Session=") && c.Contains("httponly"));
        (await browser.SignedInUserAsync()).ShouldBe(user);
    }

    [Fact]
    public async Task Should_sign_in_the_seeded_users_with_their_password()
    {
        var browser = new AccountClient(factory);

        await browser.SignInAsync(TestData.EmailOf(TestData.StaffA), TestData.Password);

        (await browser.SignedInUserAsync()).ShouldBe(TestData.StaffA);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_password_with_a_message_that_does_not_say_which_part_was_wrong()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var browser = new AccountClient(factory);

        var response = await browser.SignInAsync(email, "not-the-password");

        (await response.Content.ReadAsStringAsync()).ShouldContain("The e-mail address or the password is not correct.");
        (await browser.SignedInUserAsync()).ShouldBeNull();
        (await TestAccounts.SecurityEventsAsync(factory, user)).ShouldContain(SecurityActions.SignInFailed);
    }

    [Fact]
    public async Task Should_lock_the_account_after_10_failed_sign_ins()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var browser = new AccountClient(factory);
        for (var attempt = 0; attempt < AccountConsts.MaxFailedAccessAttempts; attempt++)
        {
            await browser.SignInAsync(email, $"wrong-password-{attempt}");
        }

        var withTheRightPassword = await browser.SignInAsync(email, TestData.Password);

        (await withTheRightPassword.Content.ReadAsStringAsync()).ShouldContain("this account is locked for 15 minutes");
        (await browser.SignedInUserAsync()).ShouldBeNull();
        (await TestAccounts.FindAsync(factory, user))!.LockoutEnd!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task Should_not_lock_the_account_after_9_failed_sign_ins()
    {
        var email = TestAccounts.NewEmail();
        await TestAccounts.CreateConfirmedAsync(factory, email);
        var browser = new AccountClient(factory);
        for (var attempt = 0; attempt < AccountConsts.MaxFailedAccessAttempts - 1; attempt++)
        {
            await browser.SignInAsync(email, $"wrong-password-{attempt}");
        }

        var withTheRightPassword = await browser.SignInAsync(email, TestData.Password);

        withTheRightPassword.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Should_write_a_locked_out_security_event_once_when_the_limit_is_reached()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var browser = new AccountClient(factory);
        for (var attempt = 0; attempt < AccountConsts.MaxFailedAccessAttempts + 2; attempt++)
        {
            await browser.SignInAsync(email, $"wrong-password-{attempt}");
        }

        (await TestAccounts.SecurityEventsAsync(factory, user)).Count(a => a == SecurityActions.LockedOut).ShouldBe(1);
    }

    [Fact]
    public async Task Should_go_back_to_the_local_return_url_after_sign_in()
    {
        var email = TestAccounts.NewEmail();
        await TestAccounts.CreateConfirmedAsync(factory, email);

        var response = await new AccountClient(factory).SignInAsync(email, TestData.Password, returnUrl: "/o/org-a");

        response.Headers.Location!.ToString().ShouldBe("/o/org-a");
    }

    [Fact]
    public async Task Should_not_send_anyone_to_another_site_after_sign_in()
    {
        var email = TestAccounts.NewEmail();
        await TestAccounts.CreateConfirmedAsync(factory, email);

        var response = await new AccountClient(factory).SignInAsync(email, TestData.Password, returnUrl: "https://evil.example/phish");

        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Should_sign_out_and_end_the_session()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var browser = new AccountClient(factory);
        await browser.SignInAsync(email, TestData.Password);

        var response = await browser.SignOutAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.SignedInUserAsync()).ShouldBeNull();
        (await TestAccounts.SecurityEventsAsync(factory, user)).ShouldBe(
            [SecurityActions.SignedUp, SecurityActions.ConsentChanged, SecurityActions.EmailConfirmed, SecurityActions.SignedIn, SecurityActions.SignedOut]);
    }

    [Fact]
    public async Task Should_send_a_browser_to_the_sign_in_page_for_a_page_that_needs_an_account()
    {
        var client = new AccountClient(factory).Http;
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync("/account/two-factor");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("http://localhost/account/sign-in?ReturnUrl=%2Faccount%2Ftwo-factor");
    }
}
