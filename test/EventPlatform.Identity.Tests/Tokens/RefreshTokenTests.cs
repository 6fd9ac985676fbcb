using EventPlatform.Identity.Domain;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>Refresh tokens rotate: each use returns a new one and the used one stops working.</summary>
[Collection(IdentityCollection.Name)]
public sealed class RefreshTokenTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_issue_a_new_access_and_refresh_token_for_a_refresh_token()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var first = await app.SignInAsync(TestData.UserA);

        var second = await TokenResponse.ReadAsync(await app.RefreshAsync(first.RefreshToken!));

        new JsonWebToken(second.AccessToken).Subject.ShouldBe(TestData.UserA.ToString());
        second.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        second.RefreshToken.ShouldNotBe(first.RefreshToken);
    }

    [Fact]
    public async Task Should_reject_a_refresh_token_once_it_was_rotated()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var first = await app.SignInAsync(TestData.UserA);
        await TokenResponse.ReadAsync(await app.RefreshAsync(first.RefreshToken!));

        var replay = await app.RefreshAsync(first.RefreshToken!);

        (await TokenResponse.ErrorOfAsync(replay)).ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Should_accept_the_rotated_refresh_token()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var first = await app.SignInAsync(TestData.UserA);
        var second = await TokenResponse.ReadAsync(await app.RefreshAsync(first.RefreshToken!));

        var third = await TokenResponse.ReadAsync(await app.RefreshAsync(second.RefreshToken!));

        third.RefreshToken.ShouldNotBe(second.RefreshToken);
    }

    [Fact]
    public async Task Should_reject_the_refresh_token_after_the_users_security_stamp_changed()
    {
        var userId = await CreateUserAsync();
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var tokens = await app.SignInAsync(userId);
        await factory.InTenantAsync(null, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(userId.ToString()))!);
        });

        var response = await app.RefreshAsync(tokens.RefreshToken!);

        (await TokenResponse.ErrorOfAsync(response)).ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Should_reject_a_refresh_token_the_app_revoked_at_sign_out()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var tokens = await app.SignInAsync(TestData.UserA);
        (await app.RevokeAsync(tokens.RefreshToken!)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

        var response = await app.RefreshAsync(tokens.RefreshToken!);

        (await TokenResponse.ErrorOfAsync(response)).ShouldBe("invalid_grant");
    }

    private Task<Guid> CreateUserAsync() => factory.InTenantAsync(null, async sp =>
    {
        var id = Guid.CreateVersion7();
        var user = new User(id, $"refresh-{id:N}@example.test", "Refresh tester", DateTimeOffset.UtcNow) { EmailConfirmed = true };
        (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, TestData.Password)).Succeeded.ShouldBeTrue();
        return id;
    });
}
