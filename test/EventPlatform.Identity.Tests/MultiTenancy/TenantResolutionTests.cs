using System.Net;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.MultiTenancy;

/// <summary>Which organization an API request runs for: claim, <c>X-Tenant</c> header (members only), or subdomain.</summary>
[Collection(IdentityCollection.Name)]
public sealed class TenantResolutionTests(IdentityTestFactory factory)
{
    private const string Configuration = "api/platform/application-configuration";

    private static async Task<CurrentTenantDto> CurrentTenantAsync(HttpClient client, string? xTenant = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Configuration);
        if (xTenant is not null) request.Headers.Add(TenantClaimTypes.TenantHeader, xTenant);
        return (await (await client.SendAsync(request)).ShouldBeOkAsync<ApplicationConfigurationDto>()).CurrentTenant;
    }

    private static async Task<HttpResponseMessage> WithHeaderAsync(HttpClient client, string xTenant)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Configuration);
        request.Headers.Add(TenantClaimTypes.TenantHeader, xTenant);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Should_run_for_the_organization_selected_in_the_tenant_id_claim()
    {
        var tenant = await CurrentTenantAsync(factory.CreateClientFor(TestData.UserA, TestData.OrgA));

        tenant.ShouldBe(new CurrentTenantDto(true, TestData.OrgA, TestData.OrgASlug, "Organization A"));
    }

    [Fact]
    public async Task Should_run_for_the_organization_named_by_slug_in_x_tenant_for_a_member()
    {
        var tenant = await CurrentTenantAsync(factory.CreateClientFor(TestData.UserB), TestData.OrgBSlug);

        tenant.Id.ShouldBe(TestData.OrgB);
    }

    [Fact]
    public async Task Should_run_for_the_organization_named_by_id_in_x_tenant_for_a_member()
    {
        var tenant = await CurrentTenantAsync(factory.CreateClientFor(TestData.UserB), TestData.OrgB.ToString());

        tenant.Slug.ShouldBe(TestData.OrgBSlug);
    }

    [Fact]
    public async Task Should_answer_404_tenant_not_found_when_x_tenant_names_an_organization_the_user_is_not_a_member_of()
    {
        var response = await WithHeaderAsync(factory.CreateClientFor(TestData.UserA), TestData.OrgBSlug);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.TenantNotFound);
    }

    [Fact]
    public async Task Should_answer_404_tenant_not_found_when_an_anonymous_caller_sends_x_tenant()
    {
        var response = await WithHeaderAsync(factory.CreateClientFor(), TestData.OrgBSlug);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.TenantNotFound);
    }

    [Fact]
    public async Task Should_answer_404_tenant_not_found_when_x_tenant_names_no_organization()
    {
        var response = await WithHeaderAsync(factory.CreateClientFor(TestData.UserB), "no-such-org");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.TenantNotFound);
    }

    [Fact]
    public async Task Should_run_without_an_organization_when_nothing_names_one()
    {
        var tenant = await CurrentTenantAsync(factory.CreateClientFor(TestData.UserA));

        tenant.ShouldBe(new CurrentTenantDto(false, null, null, null));
    }

    [Fact]
    public async Task Should_run_for_the_organization_of_the_subdomain_under_the_base_domain()
    {
        var client = factory.WithBaseDomain.CreateClient(new() { BaseAddress = new Uri($"http://{TestData.OrgASlug}.{IdentityTestFactory.BaseDomain}/") });

        var tenant = await CurrentTenantAsync(client);

        tenant.Id.ShouldBe(TestData.OrgA);
    }

    [Fact]
    public async Task Should_answer_404_tenant_not_found_for_a_subdomain_that_names_no_organization()
    {
        var client = factory.WithBaseDomain.CreateClient(new() { BaseAddress = new Uri($"http://no-such-org.{IdentityTestFactory.BaseDomain}/") });

        var response = await client.GetAsync(Configuration);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.TenantNotFound);
    }

    [Fact]
    public async Task Should_ignore_subdomains_when_no_base_domain_is_configured()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri($"http://{TestData.OrgASlug}.{IdentityTestFactory.BaseDomain}/") });

        var tenant = await CurrentTenantAsync(client);

        tenant.IsAvailable.ShouldBeFalse();
    }
}
