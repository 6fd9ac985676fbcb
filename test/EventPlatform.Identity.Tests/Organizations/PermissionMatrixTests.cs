using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Organizations;

/// <summary>
/// Every organization endpoint against every role of organization A and a non-member (the Owner of B with A selected):
/// allowed callers get past authorization, everyone else gets 403.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class PermissionMatrixTests(IdentityTestFactory factory)
{
    public const string NonMember = "NonMember";

    private static readonly string[] Managers = [OrganizationRoles.Owner, OrganizationRoles.Admin];
    private static readonly string[] MemberReaders = [OrganizationRoles.Owner, OrganizationRoles.Admin, OrganizationRoles.Staff];

    /// <summary>Endpoint name -> the roles that may call it.</summary>
    private static readonly Dictionary<string, string[]> Endpoints = new()
    {
        ["GET settings"] = Managers,
        ["PUT settings"] = Managers,
        ["DELETE settings/logo"] = Managers,
        ["GET members"] = MemberReaders,
        ["GET member"] = MemberReaders,
        ["PUT member role"] = Managers,
        ["DELETE member"] = Managers,
        ["GET invitations"] = Managers,
        ["POST invitation"] = Managers,
        ["GET invitation"] = Managers,
        ["POST invitation resend"] = Managers,
        ["DELETE invitation"] = Managers,
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints.Keys)
        {
            foreach (var caller in OrganizationRoles.All.Append(NonMember)) data.Add(endpoint, caller);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_allow_an_organization_endpoint_only_to_the_roles_holding_its_permission(string endpoint, string caller)
    {
        var client = caller == NonMember ? factory.CreateClientFor(TestData.UserB, TestData.OrgA) : factory.CreateClientForRole(caller);

        var response = await client.SendAsync(Request(endpoint));

        var allowed = Endpoints[endpoint].Contains(caller);
        if (allowed)
        {
            response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
            response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        }
    }

    // Targets that do not exist keep allowed calls harmless (404) while still passing authorization first.
    private static HttpRequestMessage Request(string endpoint)
    {
        var nobody = Guid.CreateVersion7();
        return endpoint switch
        {
            "GET settings" => new(HttpMethod.Get, OrganizationsApi.Settings),
            "PUT settings" => new(HttpMethod.Put, OrganizationsApi.Settings)
            {
                Content = JsonContent.Create(new UpdateOrganizationSettingsInput("Organization A", null, null, null, null, "UTC", "EUR", "en")),
            },
            "DELETE settings/logo" => new(HttpMethod.Delete, OrganizationsApi.Settings + "/logo"),
            "GET members" => new(HttpMethod.Get, OrganizationsApi.Members),
            "GET member" => new(HttpMethod.Get, $"{OrganizationsApi.Members}/{TestData.UserA}"),
            "PUT member role" => new(HttpMethod.Put, $"{OrganizationsApi.Members}/{nobody}/role") { Content = JsonContent.Create(new ChangeRoleInput(OrganizationRoles.Guest)) },
            "DELETE member" => new(HttpMethod.Delete, $"{OrganizationsApi.Members}/{nobody}"),
            "GET invitations" => new(HttpMethod.Get, OrganizationsApi.Invitations),
            "POST invitation" => new(HttpMethod.Post, OrganizationsApi.Invitations)
            {
                Content = JsonContent.Create(new InviteInput($"matrix-{nobody:N}@example.test", OrganizationRoles.Guest)),
            },
            "GET invitation" => new(HttpMethod.Get, $"{OrganizationsApi.Invitations}/{nobody}"),
            "POST invitation resend" => new(HttpMethod.Post, $"{OrganizationsApi.Invitations}/{nobody}/resend"),
            "DELETE invitation" => new(HttpMethod.Delete, $"{OrganizationsApi.Invitations}/{nobody}"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
    }
}
