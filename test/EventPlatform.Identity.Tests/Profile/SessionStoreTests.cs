using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Profile;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Profile;

/// <summary>The sign-in cookie's ticket lives in <c>identity.user_sessions</c>: listed, revocable, and revoked at once.</summary>
[Collection(IdentityCollection.Name)]
public sealed class SessionStoreTests(IdentityTestFactory factory)
{
    private const string Profile = "api/identity/profile";
    private const string Sessions = "api/identity/session";

    [Fact]
    public async Task Should_keep_only_the_session_id_in_the_cookie()
    {
        var user = await TestAccounts.CreateUserAsync(factory);

        var cookie = await TestAccounts.SignInAsync(factory, user);

        // A protected ticket with every claim is several hundred characters; a protected session id is far less.
        cookie.Length.ShouldBeLessThan(400);
        var response = await TestAccounts.Browser(factory, cookie).GetAsync(Profile);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_list_each_signed_in_browser_with_its_device_ip_and_the_current_one_marked()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        var laptop = await TestAccounts.SignInAsync(factory, user, TestAccounts.FirefoxOnWindows, "203.0.113.7");
        await TestAccounts.SignInAsync(factory, user, TestAccounts.SafariOnIPhone, "198.51.100.9");

        var sessions = await TestAccounts.Browser(factory, laptop).Client.GetFromJsonAsync<List<SessionDto>>(Sessions);

        sessions!.Count.ShouldBe(2);
        var current = sessions.Single(s => s.IsCurrent);
        (current.Browser, current.OperatingSystem, current.IpAddress).ShouldBe(("Firefox", "Windows", "203.0.113.7"));
        var phone = sessions.Single(s => !s.IsCurrent);
        (phone.Browser, phone.OperatingSystem, phone.IpAddress).ShouldBe(("Safari", "iOS", "198.51.100.9"));
    }

    [Fact]
    public async Task Should_reject_a_revoked_session_on_its_very_next_request()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        var laptop = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user));
        var phone = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user, TestAccounts.SafariOnIPhone), TestAccounts.SafariOnIPhone);
        (await phone.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var phoneSession = (await laptop.Client.GetFromJsonAsync<List<SessionDto>>(Sessions))!.Single(s => !s.IsCurrent);

        (await laptop.Client.DeleteAsync($"{Sessions}/{phoneSession.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await phone.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await laptop.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_answer_404_when_a_user_ends_someone_elses_session()
    {
        var owner = await TestAccounts.CreateUserAsync(factory);
        var intruder = await TestAccounts.CreateUserAsync(factory);
        var victim = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, owner));
        var sessionId = (await victim.Client.GetFromJsonAsync<List<SessionDto>>(Sessions))!.Single().Id;

        var response = await factory.CreateClientFor(intruder).DeleteAsync($"{Sessions}/{sessionId}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ProfileErrorCodes.SessionNotFound);
        (await victim.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_end_every_session_when_signing_out_everywhere()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        var laptop = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user));
        var phone = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user, TestAccounts.SafariOnIPhone), TestAccounts.SafariOnIPhone);

        (await laptop.Client.PostAsync($"{Sessions}/sign-out-everywhere", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await laptop.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await phone.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_log_SignedOutEverywhere_about_the_user()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        var laptop = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user));

        await laptop.Client.PostAsync($"{Sessions}/sign-out-everywhere", null);

        (await TestAccounts.ActionsAboutAsync(factory, user)).ShouldContain(SecurityActions.SignedOutEverywhere);
    }

    [Fact]
    public async Task Should_end_a_session_from_the_devices_page()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        var laptop = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user));
        var phone = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user, TestAccounts.SafariOnIPhone), TestAccounts.SafariOnIPhone);
        var phoneSession = (await laptop.Client.GetFromJsonAsync<List<SessionDto>>(Sessions))!.Single(s => !s.IsCurrent);

        var response = await laptop.PostFormAsync("/account/sessions", [], handler: "SignOut", query: $"id={phoneSession.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await phone.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_show_the_devices_page_with_the_current_session_marked()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        var laptop = TestAccounts.Browser(factory, await TestAccounts.SignInAsync(factory, user));

        var html = await (await laptop.GetAsync("/account/sessions")).Content.ReadAsStringAsync();

        html.ShouldContain("Firefox on Windows");
        html.ShouldContain("This device");
    }

    [Fact]
    public async Task Should_send_a_visitor_of_the_devices_page_to_the_sign_in_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/sessions");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await factory.CreateClientFor().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/sign-in");
    }
}
