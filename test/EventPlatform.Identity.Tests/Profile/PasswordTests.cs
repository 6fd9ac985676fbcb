using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Profile;

[Collection(IdentityCollection.Name)]
public sealed class PasswordTests(IdentityTestFactory factory)
{
    private const string NewPassword = "a-brand-new-passphrase";
    private const string ChangePassword = "api/identity/profile/change-password";

    private async Task<bool> HasPasswordAsync(Guid user, string password) =>
        await factory.InTenantAsync(null, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            return await users.CheckPasswordAsync((await users.FindByIdAsync(user.ToString()))!, password);
        });

    [Fact]
    public async Task Should_change_the_password_when_the_current_one_is_right()
    {
        var user = await TestAccounts.CreateUserAsync(factory);

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(ChangePassword,
            new ChangePasswordDto { CurrentPassword = TestData.Password, NewPassword = NewPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await HasPasswordAsync(user, NewPassword)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_log_PasswordChanged_about_the_user()
    {
        var user = await TestAccounts.CreateUserAsync(factory);

        await factory.CreateClientFor(user).PostAsJsonAsync(ChangePassword,
            new ChangePasswordDto { CurrentPassword = TestData.Password, NewPassword = NewPassword });

        (await TestAccounts.ActionsAboutAsync(factory, user)).ShouldBe([SecurityActions.PasswordChanged]);
    }

    [Fact]
    public async Task Should_refuse_to_change_the_password_when_the_current_one_is_wrong()
    {
        var user = await TestAccounts.CreateUserAsync(factory);

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(ChangePassword,
            new ChangePasswordDto { CurrentPassword = "not-the-password", NewPassword = NewPassword });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProfileErrorCodes.WrongCurrentPassword);
        (await HasPasswordAsync(user, TestData.Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_refuse_a_new_password_shorter_than_10_characters()
    {
        var user = await TestAccounts.CreateUserAsync(factory);

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(ChangePassword,
            new ChangePasswordDto { CurrentPassword = TestData.Password, NewPassword = "short" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("newPassword", out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Should_sign_out_every_other_session_but_keep_this_one_when_the_password_changes()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        var laptop = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user));
        var phone = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user, TestAccounts.SafariOnIPhone), TestAccounts.SafariOnIPhone);

        var response = await laptop.PostFormAsync("/account/password",
        [
            new("Input.CurrentPassword", TestData.Password), new("Input.NewPassword", NewPassword), new("Input.ConfirmPassword", NewPassword),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await phone.GetAsync("api/identity/profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await laptop.GetAsync("api/identity/profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_show_an_error_when_the_repeated_password_differs()
    {
        var user = await TestAccounts.CreateUserAsync(factory);

        var response = await TestAccounts.BrowserFor(factory, user).PostFormAsync("/account/password",
        [
            new("Input.CurrentPassword", TestData.Password), new("Input.NewPassword", NewPassword), new("Input.ConfirmPassword", NewPassword + "x"),
        ]);

        (await response.Content.ReadAsStringAsync()).ShouldContain("The two new passwords are not the same.");
        (await HasPasswordAsync(user, TestData.Password)).ShouldBeTrue();
    }
}
