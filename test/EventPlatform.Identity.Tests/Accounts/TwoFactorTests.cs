using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.TestBase;
using OtpNet;

namespace EventPlatform.Identity.Tests.Accounts;

[Collection(IdentityCollection.Name)]
public sealed class TwoFactorTests(IdentityTestFactory factory)
{
    private const string Api = "api/identity/two-factor";

    private static string CodeFor(TwoFactorSetupDto setup) =>
        new Totp(Base32Encoding.ToBytes(setup.SharedKey.Replace(" ", "").ToUpperInvariant())).ComputeTotp();

    /// <summary>A confirmed user with two-factor on; returns the API client, the setup and the recovery codes.</summary>
    private async Task<(string Email, TwoFactorSetupDto Setup, RecoveryCodesDto Codes)> UserWithTwoFactorAsync()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var api = factory.CreateClientFor(user);
        var setup = await (await api.GetAsync($"{Api}/setup")).ShouldBeOkAsync<TwoFactorSetupDto>();
        var codes = await (await api.PostAsJsonAsync($"{Api}/enable", new { code = CodeFor(setup) })).ShouldBeOkAsync<RecoveryCodesDto>();
        return (email, setup, codes);
    }

    private static async Task<AccountClient> PastThePasswordAsync(IdentityTestFactory factory, string email)
    {
        var browser = new AccountClient(factory);
        var response = await browser.SignInAsync(email, TestData.Password);
        response.Headers.Location!.ToString().ShouldStartWith("/account/sign-in/two-factor");
        return browser;
    }

    [Fact]
    public async Task Should_turn_on_two_factor_with_a_code_for_the_setup_key_and_return_10_recovery_codes()
    {
        var user = await TestAccounts.CreateConfirmedAsync(factory, TestAccounts.NewEmail());
        var api = factory.CreateClientFor(user);
        var setup = await (await api.GetAsync($"{Api}/setup")).ShouldBeOkAsync<TwoFactorSetupDto>();

        var codes = await (await api.PostAsJsonAsync($"{Api}/enable", new { code = CodeFor(setup) })).ShouldBeOkAsync<RecoveryCodesDto>();

        codes.Codes.Count.ShouldBe(AccountConsts.RecoveryCodeCount);
        (await (await api.GetAsync(Api)).ShouldBeOkAsync<TwoFactorStatusDto>()).ShouldBe(new TwoFactorStatusDto(true, 10));
        (await TestAccounts.SecurityEventsAsync(factory, user)).ShouldContain(SecurityActions.TwoFactorEnabled);
    }

    [Fact]
    public async Task Should_refuse_to_turn_on_two_factor_with_a_wrong_code()
    {
        var user = await TestAccounts.CreateConfirmedAsync(factory, TestAccounts.NewEmail());
        var api = factory.CreateClientFor(user);
        await api.GetAsync($"{Api}/setup");

        var response = await api.PostAsJsonAsync($"{Api}/enable", new { code = "12345x" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, AccountErrorCodes.InvalidTwoFactorCode);
        (await (await api.GetAsync(Api)).ShouldBeOkAsync<TwoFactorStatusDto>()).IsEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_offer_the_key_as_an_otpauth_uri_and_an_svg_qr_code()
    {
        var user = await TestAccounts.CreateConfirmedAsync(factory, TestAccounts.NewEmail());

        var setup = await (await factory.CreateClientFor(user).GetAsync($"{Api}/setup")).ShouldBeOkAsync<TwoFactorSetupDto>();

        setup.AuthenticatorUri.ShouldStartWith("otpauth://totp/EventPlatform:");
        setup.AuthenticatorUri.ShouldContain("secret=" + setup.SharedKey.Replace(" ", "").ToUpperInvariant());
        setup.QrCodeSvg.ShouldStartWith("<svg");
        setup.QrCodeSvg.ShouldContain("viewBox");
    }

    [Fact]
    public async Task Should_answer_401_to_the_two_factor_api_without_a_sign_in()
    {
        var response = await factory.CreateClient().GetAsync(Api);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_ask_for_the_authenticator_code_after_the_password()
    {
        var (email, _, _) = await UserWithTwoFactorAsync();

        var browser = await PastThePasswordAsync(factory, email);

        (await browser.SignedInUserAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Should_sign_in_with_the_authenticator_code_as_the_second_step()
    {
        var (email, setup, _) = await UserWithTwoFactorAsync();
        var browser = await PastThePasswordAsync(factory, email);

        var response = await browser.PostFormAsync("/account/sign-in/two-factor", TestAccounts.Form(("Code", CodeFor(setup))));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.SignedInUserAsync()).ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_wrong_authenticator_code_at_sign_in()
    {
        var (email, _, _) = await UserWithTwoFactorAsync();
        var browser = await PastThePasswordAsync(factory, email);

        var response = await browser.PostFormAsync("/account/sign-in/two-factor", TestAccounts.Form(("Code", "999999")));

        (await response.Content.ReadAsStringAsync()).ShouldContain("That code is not correct.");
        (await browser.SignedInUserAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Should_send_the_second_step_back_to_the_password_when_the_first_step_is_missing()
    {
        var response = await new AccountClient(factory).PostFormAsync("/account/sign-in/two-factor", TestAccounts.Form(("Code", "123456")));

        response.Headers.Location!.ToString().ShouldStartWith("/account/sign-in");
        response.Headers.Location!.ToString().ShouldNotContain("two-factor");
    }

    [Fact]
    public async Task Should_sign_in_with_a_recovery_code_only_once()
    {
        var (email, _, codes) = await UserWithTwoFactorAsync();
        var first = await PastThePasswordAsync(factory, email);
        await first.PostFormAsync("/account/sign-in/recovery-code", TestAccounts.Form(("Code", codes.Codes[0])));
        var second = await PastThePasswordAsync(factory, email);

        var again = await second.PostFormAsync("/account/sign-in/recovery-code", TestAccounts.Form(("Code", codes.Codes[0])));

        (await first.SignedInUserAsync()).ShouldNotBeNull();
        (await again.Content.ReadAsStringAsync()).ShouldContain("That recovery code is not valid or was already used.");
        (await second.SignedInUserAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Should_write_a_recovery_code_used_security_event()
    {
        var (email, _, codes) = await UserWithTwoFactorAsync();
        var browser = await PastThePasswordAsync(factory, email);

        await browser.PostFormAsync("/account/sign-in/recovery-code", TestAccounts.Form(("Code", codes.Codes[1])));

        var user = (await browser.SignedInUserAsync())!.Value;
        (await TestAccounts.SecurityEventsAsync(factory, user)).ShouldContain(SecurityActions.RecoveryCodeUsed);
    }

    [Fact]
    public async Task Should_replace_every_recovery_code_when_new_ones_are_made()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var api = factory.CreateClientFor(user);
        var setup = await (await api.GetAsync($"{Api}/setup")).ShouldBeOkAsync<TwoFactorSetupDto>();
        var old = await (await api.PostAsJsonAsync($"{Api}/enable", new { code = CodeFor(setup) })).ShouldBeOkAsync<RecoveryCodesDto>();
        await api.PostAsync($"{Api}/generate-recovery-codes", null);
        var browser = await PastThePasswordAsync(factory, email);

        await browser.PostFormAsync("/account/sign-in/recovery-code", TestAccounts.Form(("Code", old.Codes[0])));

        (await browser.SignedInUserAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Should_sign_in_with_the_password_alone_after_two_factor_is_turned_off()
    {
        var email = TestAccounts.NewEmail();
        var user = await TestAccounts.CreateConfirmedAsync(factory, email);
        var api = factory.CreateClientFor(user);
        var setup = await (await api.GetAsync($"{Api}/setup")).ShouldBeOkAsync<TwoFactorSetupDto>();
        await api.PostAsJsonAsync($"{Api}/enable", new { code = CodeFor(setup) });

        (await api.PostAsync($"{Api}/disable", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var browser = new AccountClient(factory);
        var response = await browser.SignInAsync(email, TestData.Password);

        response.Headers.Location!.ToString().ShouldBe("/");
        (await TestAccounts.SecurityEventsAsync(factory, user)).ShouldContain(SecurityActions.TwoFactorDisabled);
    }

    [Fact]
    public async Task Should_use_a_new_key_after_two_factor_was_turned_off_and_on_again()
    {
        var user = await TestAccounts.CreateConfirmedAsync(factory, TestAccounts.NewEmail());
        var api = factory.CreateClientFor(user);
        var first = await (await api.GetAsync($"{Api}/setup")).ShouldBeOkAsync<TwoFactorSetupDto>();
        await api.PostAsJsonAsync($"{Api}/enable", new { code = CodeFor(first) });
        await api.PostAsync($"{Api}/disable", null);

        var second = await (await api.GetAsync($"{Api}/setup")).ShouldBeOkAsync<TwoFactorSetupDto>();

        second.SharedKey.ShouldNotBe(first.SharedKey);
    }
}
