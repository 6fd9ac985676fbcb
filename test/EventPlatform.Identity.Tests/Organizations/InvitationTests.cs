using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Organizations;

[Collection(IdentityCollection.Name)]
public sealed class InvitationTests(IdentityTestFactory factory)
{
    private async Task<(InvitationDto Invitation, string Token, string Link)> InviteAsync(NewOrganization organization, string email, string role = OrganizationRoles.Staff)
    {
        var invitation = await (await organization.OwnerClient.PostAsJsonAsync(OrganizationsApi.Invitations, new InviteInput(email, role)))
            .ShouldBeOkAsync<InvitationDto>();
        var message = await factory.Mailbox.WaitForAsync(email, organization.Slug);
        var link = TestMailbox.LinkIn(message, $"/o/{organization.Slug}/join");
        return (invitation, QueryHelpers.ParseQuery(new Uri(link).Query)["token"].ToString(), link);
    }

    private static Task<HttpResponseMessage> AcceptAsync(HttpClient client, string slug, string token) =>
        client.PostAsJsonAsync(OrganizationsApi.Accept(slug), new AcceptInvitationInput(token));

    [Fact]
    public async Task Should_email_the_invitation_with_a_join_link_of_the_organization()
    {
        var organization = await factory.NewOrganizationAsync();

        var (_, token, link) = await InviteAsync(organization, $"invitee-{Guid.NewGuid():N}@example.test");

        link.ShouldStartWith($"http://localhost/o/{organization.Slug}/join?token=");
        token.Length.ShouldBeGreaterThanOrEqualTo(43);
    }

    [Fact]
    public async Task Should_store_only_the_sha256_hash_of_the_invitation_token()
    {
        var organization = await factory.NewOrganizationAsync();
        var (invitation, token, _) = await InviteAsync(organization, $"hash-{Guid.NewGuid():N}@example.test");

        var stored = await factory.InTenantAsync(organization.Id, sp => sp.GetRequiredService<IdentityModuleDbContext>().Invitations
            .Where(i => i.Id == invitation.Id).Select(i => i.TokenHash).SingleAsync());

        stored.ShouldNotContain(token);
        stored.ShouldBe(InvitationToken.Hash(token));
    }

    [Fact]
    public async Task Should_make_an_invitation_expire_after_seven_days_by_default()
    {
        var organization = await factory.NewOrganizationAsync();

        var (invitation, _, _) = await InviteAsync(organization, $"expiry-{Guid.NewGuid():N}@example.test");

        (invitation.ExpiresAt - invitation.CreatedAt).ShouldBe(TimeSpan.FromDays(7), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Should_add_the_signed_in_invitee_with_the_invited_role_on_accept()
    {
        var organization = await factory.NewOrganizationAsync();
        var (invitee, email) = await factory.NewUserAsync();
        var (_, token, _) = await InviteAsync(organization, email, OrganizationRoles.Admin);

        var joined = await (await AcceptAsync(factory.CreateClientFor(invitee), organization.Slug, token)).ShouldBeOkAsync<MyOrganizationDto>();

        joined.Id.ShouldBe(organization.Id);
        (await factory.RoleOfAsync(organization.Id, invitee)).ShouldBe(OrganizationRoles.Admin);
        (await factory.SelectedOrganizationOfAsync(invitee)).ShouldBe(organization.Id);
    }

    [Fact]
    public async Task Should_refuse_an_invitation_link_used_a_second_time()
    {
        var organization = await factory.NewOrganizationAsync();
        var (invitee, email) = await factory.NewUserAsync();
        var (_, token, _) = await InviteAsync(organization, email);
        await AcceptAsync(factory.CreateClientFor(invitee), organization.Slug, token);

        var again = await AcceptAsync(factory.CreateClientFor(invitee), organization.Slug, token);

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.InvitationNotPending);
    }

    [Fact]
    public async Task Should_refuse_an_expired_invitation_with_410()
    {
        var organization = await factory.NewOrganizationAsync();
        var (invitee, email) = await factory.NewUserAsync();
        var (invitation, token, _) = await InviteAsync(organization, email);
        await factory.InTenantAsync(organization.Id, sp => sp.GetRequiredService<IdentityModuleDbContext>().Invitations
            .Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var response = await AcceptAsync(factory.CreateClientFor(invitee), organization.Slug, token);

        await response.ShouldBeProblemAsync(HttpStatusCode.Gone, IdentityErrorCodes.InvitationExpired);
        (await factory.RoleOfAsync(organization.Id, invitee)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_revoked_invitation()
    {
        var organization = await factory.NewOrganizationAsync();
        var (invitee, email) = await factory.NewUserAsync();
        var (invitation, token, _) = await InviteAsync(organization, email);
        (await organization.OwnerClient.DeleteAsync($"{OrganizationsApi.Invitations}/{invitation.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await AcceptAsync(factory.CreateClientFor(invitee), organization.Slug, token);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.InvitationNotPending);
    }

    [Fact]
    public async Task Should_make_the_old_link_stop_working_when_the_invitation_is_resent()
    {
        var organization = await factory.NewOrganizationAsync();
        var (invitee, email) = await factory.NewUserAsync();
        var (invitation, oldToken, _) = await InviteAsync(organization, email);
        (await organization.OwnerClient.PostAsync($"{OrganizationsApi.Invitations}/{invitation.Id}/resend", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var newLink = TestMailbox.LinkIn(await factory.Mailbox.WaitForAsync(email, organization.Slug, skip: 1), "/join");
        var newToken = QueryHelpers.ParseQuery(new Uri(newLink).Query)["token"].ToString();

        var old = await AcceptAsync(factory.CreateClientFor(invitee), organization.Slug, oldToken);

        await old.ShouldBeProblemAsync(HttpStatusCode.NotFound, IdentityErrorCodes.InvitationNotFound);
        (await AcceptAsync(factory.CreateClientFor(invitee), organization.Slug, newToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_signed_in_user_whose_email_was_not_invited()
    {
        var organization = await factory.NewOrganizationAsync();
        var (other, _) = await factory.NewUserAsync();
        var (_, token, _) = await InviteAsync(organization, $"someone-{Guid.NewGuid():N}@example.test");

        var response = await AcceptAsync(factory.CreateClientFor(other), organization.Slug, token);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, IdentityErrorCodes.InvitationForAnotherEmail);
    }

    [Fact]
    public async Task Should_not_find_a_token_under_another_organizations_address()
    {
        var organization = await factory.NewOrganizationAsync();
        var (invitee, email) = await factory.NewUserAsync();
        var (_, token, _) = await InviteAsync(organization, email);

        var response = await AcceptAsync(factory.CreateClientFor(invitee), TestData.OrgBSlug, token);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, IdentityErrorCodes.InvitationNotFound);
    }

    [Fact]
    public async Task Should_refuse_inviting_someone_who_is_already_a_member()
    {
        var organization = await factory.NewOrganizationAsync();

        var response = await organization.OwnerClient.PostAsJsonAsync(OrganizationsApi.Invitations, new InviteInput(organization.OwnerEmail, OrganizationRoles.Staff));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.AlreadyMember);
    }

    [Fact]
    public async Task Should_let_a_newcomer_create_an_account_and_join_from_the_link()
    {
        var organization = await factory.NewOrganizationAsync();
        var email = $"newcomer-{Guid.NewGuid():N}@example.test";
        var (_, token, link) = await InviteAsync(organization, email, OrganizationRoles.Attendee);
        var (client, _) = await CookieClients.CreateAsync(factory);
        var page = new Uri(link).PathAndQuery;

        var response = await client.PostFormAsync(page, $"/o/{organization.Slug}/join?token={Uri.EscapeDataString(token)}&handler=Register",
            [new("Input.DisplayName", "Nora Newcomer"), new("Input.Password", "a-long-enough-password")]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var member = await (await organization.OwnerClient.GetAsync(OrganizationsApi.Members)).ShouldBeOkAsync<List<MemberDto>>();
        member.ShouldContain(m => m.Email == email && m.Role == OrganizationRoles.Attendee && m.DisplayName == "Nora Newcomer");
    }

    [Fact]
    public async Task Should_send_the_invitation_in_the_organizations_language_and_color()
    {
        var organization = await factory.NewOrganizationAsync();
        (await organization.OwnerClient.PutAsJsonAsync(OrganizationsApi.Settings,
            new UpdateOrganizationSettingsInput("Verein " + organization.Slug, "#aa3300", null, null, null, "Europe/Berlin", "EUR", "de"))).EnsureSuccessStatusCode();
        var email = $"de-{Guid.NewGuid():N}@example.test";

        await organization.OwnerClient.PostAsJsonAsync(OrganizationsApi.Invitations, new InviteInput(email, OrganizationRoles.Staff));

        var message = await factory.Mailbox.WaitForAsync(email, "eingeladen");
        (message.Subject ?? "").ShouldContain("Verein " + organization.Slug);
        (message.HtmlBody ?? "").ShouldContain("#aa3300");
        (message.HtmlBody ?? "").ShouldContain("Mitarbeiter");
    }
}
