using System.Net;
using System.Net.Http.Json;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;

namespace EventPlatform.Identity.Tests.Accounts;

/// <summary>The per-IP limits on the auth endpoints, on a second host (same database) with them switched on.</summary>
[Collection(IdentityCollection.Name)]
public sealed class RateLimitTests(IdentityTestFactory factory)
{
    private const int Limit = 3;

    [Fact]
    public async Task Should_answer_429_with_problem_details_once_an_address_exceeds_the_limit()
    {
        await using var limited = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Accounts:RateLimits:Enabled", "true")
            .UseSetting("Accounts:RateLimits:PermitLimit", Limit.ToString()));
        var api = limited.CreateClient();
        for (var request = 0; request < Limit; request++)
        {
            (await api.PostAsJsonAsync("api/identity/account/send-password-reset", new { email = TestAccounts.NewEmail() }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var response = await api.PostAsJsonAsync("api/identity/account/send-password-reset", new { email = TestAccounts.NewEmail() });

        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, PlatformErrorCodes.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_limit_sign_in_form_posts_but_still_show_the_form()
    {
        await using var limited = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Accounts:RateLimits:Enabled", "true")
            .UseSetting("Accounts:RateLimits:PermitLimit", Limit.ToString()));
        var browser = new AccountClient(limited);
        for (var attempt = 0; attempt < Limit; attempt++) await browser.SignInAsync(TestAccounts.NewEmail(), "wrong-password");

        var response = await browser.SignInAsync(TestAccounts.NewEmail(), "wrong-password");

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Should_not_limit_anyone_when_the_limits_are_switched_off()
    {
        var api = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 25; request++)
        {
            statuses.Add((await api.PostAsJsonAsync("api/identity/account/send-password-reset", new { email = TestAccounts.NewEmail() })).StatusCode);
        }

        statuses.ShouldAllBe(status => status == HttpStatusCode.NoContent);
    }
}
