using System.Net;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Profile;

/// <summary>The user's own security events (<c>/account/security</c>) and the organization's (<c>/organizations/security-log</c>).</summary>
[Collection(IdentityCollection.Name)]
public sealed class SecurityLogTests(IdentityTestFactory factory)
{
    private const string Mine = "api/identity/account-security-log";
    private const string Organization = "api/identity/organization-security-log";

    private Task WriteOrganizationEventAsync(Guid organization, string action, string key, Guid? actor = null) =>
        factory.InTenantAsync(organization, async sp =>
        {
            using (AmbientContext.Use(new ExecutionInfo(actor, "192.0.2.44", null)))
            {
                await sp.GetRequiredService<IAuditLog>().WriteAsync(action, SecurityActions.OrganizationEntity, key);
            }
        });

    [Fact]
    public async Task Should_list_the_users_own_events_from_every_organization_newest_first()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        await TestAccounts.WriteUserEventAsync(factory, null, SecurityActions.SignedIn, user);
        await TestAccounts.WriteUserEventAsync(factory, TestData.OrgA, SecurityActions.PasswordChanged, user);
        await TestAccounts.WriteUserEventAsync(factory, TestData.OrgB, SecurityActions.SignedOut, user);

        var events = await (await factory.CreateClientFor(user).GetAsync(Mine)).ShouldBeOkAsync<PagedResult<SecurityEventDto>>();

        events.Items.Select(e => e.Action).ShouldBe([SecurityActions.SignedOut, SecurityActions.PasswordChanged, SecurityActions.SignedIn]);
    }

    [Fact]
    public async Task Should_not_show_a_user_the_events_of_another_user()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        var other = await TestAccounts.CreateUserAsync(factory);
        await TestAccounts.WriteUserEventAsync(factory, null, SecurityActions.SignedIn, other);

        var events = await (await factory.CreateClientFor(user).GetAsync(Mine)).ShouldBeOkAsync<PagedResult<SecurityEventDto>>();

        events.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_page_the_users_events()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        foreach (var action in new[] { SecurityActions.SignedIn, SecurityActions.SignedOut, SecurityActions.SignedIn })
        {
            await TestAccounts.WriteUserEventAsync(factory, null, action, user);
        }

        var page = await (await factory.CreateClientFor(user).GetAsync($"{Mine}?skip=2&take=2")).ShouldBeOkAsync<PagedResult<SecurityEventDto>>();

        (page.TotalCount, page.Items.Count).ShouldBe((3L, 1));
    }

    [Fact]
    public async Task Should_name_each_action_in_the_language_of_the_request()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        await TestAccounts.WriteUserEventAsync(factory, null, SecurityActions.PasswordChanged, user);
        var client = factory.CreateClientFor(user);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var events = await (await client.GetAsync(Mine)).ShouldBeOkAsync<PagedResult<SecurityEventDto>>();

        events.Items.Single().ActionText.ShouldBe("Contraseña cambiada");
    }

    [Fact]
    public async Task Should_show_the_users_events_on_the_security_page()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        await TestAccounts.WriteUserEventAsync(factory, null, SecurityActions.SignedOutEverywhere, user);

        var html = await (await TestAccounts.BrowserFor(factory, user).GetAsync("/account/security")).Content.ReadAsStringAsync();

        html.ShouldContain("Signed out on every device");
    }

    [Fact]
    public async Task Should_page_the_security_page_25_events_at_a_time()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        for (var i = 0; i < ProfileConsts.SecurityLogPageSize + 1; i++)
        {
            await TestAccounts.WriteUserEventAsync(factory, null, SecurityActions.SignedIn, user);
        }

        var html = await (await TestAccounts.BrowserFor(factory, user).GetAsync("/account/security?pageNumber=2")).Content.ReadAsStringAsync();

        html.ShouldContain("Page 2 of 2");
        System.Text.RegularExpressions.Regex.Count(html, "class=\"security-log__action\"").ShouldBe(1);
    }

    [Fact]
    public async Task Should_list_only_the_selected_organizations_events()
    {
        var key = Guid.NewGuid().ToString();
        await WriteOrganizationEventAsync(TestData.OrgA, SecurityActions.MemberInvited, key);
        await WriteOrganizationEventAsync(TestData.OrgB, SecurityActions.MemberRemoved, key);

        var events = await (await factory.CreateClientFor(TestData.UserA, TestData.OrgA).GetAsync($"{Organization}?take=200"))
            .ShouldBeOkAsync<PagedResult<SecurityEventDto>>();

        events.Items.ShouldContain(e => e.Action == SecurityActions.MemberInvited);
        events.Items.ShouldNotContain(e => e.Action == SecurityActions.MemberRemoved);
    }

    [Fact]
    public async Task Should_not_list_account_events_written_outside_any_organization_in_the_organization_log()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        await TestAccounts.WriteUserEventAsync(factory, null, SecurityActions.PasswordChanged, user);

        var events = await (await factory.CreateClientFor(TestData.UserA, TestData.OrgA).GetAsync($"{Organization}?take=200"))
            .ShouldBeOkAsync<PagedResult<SecurityEventDto>>();

        events.Items.ShouldNotContain(e => e.Action == SecurityActions.PasswordChanged && e.UserId == user);
    }

    [Theory]
    [InlineData(OrganizationRoles.Owner, HttpStatusCode.OK)]
    [InlineData(OrganizationRoles.Admin, HttpStatusCode.OK)]
    [InlineData(OrganizationRoles.Staff, HttpStatusCode.Forbidden)]
    [InlineData(OrganizationRoles.Attendee, HttpStatusCode.Forbidden)]
    [InlineData(OrganizationRoles.Guest, HttpStatusCode.Forbidden)]
    public async Task Should_let_only_roles_with_SecurityLog_Read_see_the_organization_log(string role, HttpStatusCode expected)
    {
        var response = await factory.CreateClientForRole(role).GetAsync(Organization);

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Should_refuse_the_organization_log_to_a_member_of_another_organization()
    {
        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgA).GetAsync(Organization);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_show_the_organization_log_page_with_who_acted()
    {
        var key = Guid.NewGuid().ToString();
        var actor = await TestAccounts.CreateUserAsync(factory, "Alex Actor");
        await WriteOrganizationEventAsync(TestData.OrgA, SecurityActions.TokenRevoked, key, actor);

        var response = await TestAccounts.BrowserFor(factory, TestData.UserA, TestData.OrgA).GetAsync("/organizations/security-log");

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("<td data-label=\"Event\" class=\"security-log__action\">API token revoked</td>");
        html.ShouldContain("<td data-label=\"By\">Alex Actor</td>");
    }

    [Fact]
    public async Task Should_refuse_the_organization_log_page_to_staff()
    {
        var response = await factory.CreateClientForRole(OrganizationRoles.Staff).GetAsync("/organizations/security-log");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
