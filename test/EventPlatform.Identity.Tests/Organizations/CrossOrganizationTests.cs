using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Organizations;

/// <summary>The Owner of organization A, working in A, reaches none of organization B's members, invitations or branding: 404 each time.</summary>
[Collection(IdentityCollection.Name)]
public sealed class CrossOrganizationTests(IdentityTestFactory factory)
{
    private HttpClient OwnerOfA => factory.CreateClientFor(TestData.UserA, TestData.OrgA);

    private async Task<Guid> InvitationOfBAsync()
    {
        var ownerOfB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);
        var invitation = await (await ownerOfB.PostAsJsonAsync(OrganizationsApi.Invitations, new InviteInput($"b-{Guid.NewGuid():N}@example.test", OrganizationRoles.Guest)))
            .ShouldBeOkAsync<InvitationDto>();
        return invitation.Id;
    }

    public static TheoryData<string> MemberOfBRequests() => ["GET", "PUT", "DELETE"];

    [Theory]
    [MemberData(nameof(MemberOfBRequests))]
    public async Task Should_answer_404_for_a_member_of_another_organization(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), $"{OrganizationsApi.Members}/{TestData.UserB}" + (method == "PUT" ? "/role" : ""));
        if (method == "PUT") request.Content = JsonContent.Create(new ChangeRoleInput(OrganizationRoles.Guest));

        var response = await OwnerOfA.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.EntityNotFound);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/resend")]
    [InlineData("DELETE", "")]
    public async Task Should_answer_404_for_an_invitation_of_another_organization(string method, string action)
    {
        var invitation = await InvitationOfBAsync();

        var response = await OwnerOfA.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{OrganizationsApi.Invitations}/{invitation}{action}"));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Should_not_list_the_members_of_another_organization()
    {
        var members = await (await OwnerOfA.GetAsync(OrganizationsApi.Members)).ShouldBeOkAsync<List<MemberDto>>();

        members.ShouldNotContain(m => m.UserId == TestData.UserB);
    }

    [Fact]
    public async Task Should_answer_404_for_the_branding_of_another_organization_asked_for_with_x_tenant()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, OrganizationsApi.Settings);
        request.Headers.Add(TenantClaimTypes.TenantHeader, TestData.OrgBSlug);

        var response = await factory.CreateClientFor(TestData.UserA).SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.TenantNotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_selecting_an_organization_the_user_does_not_belong_to()
    {
        var response = await factory.CreateClientFor(TestData.UserA).PostAsync($"{OrganizationsApi.MyOrganizations}/{TestData.OrgB}/select", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.EntityNotFound);
    }
}
