using System.Net;
using System.Net.Http.Headers;
using EventPlatform.Identity.Gdpr;
using EventPlatform.Identity.PlatformConsole;
using EventPlatform.Identity.Tests.Gdpr;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.PlatformConsole;

/// <summary>A suspended organization's pages and API answer 403 with a clear message; its members keep their account pages.</summary>
[Collection(IdentityCollection.Name)]
public sealed class SuspensionTests(IdentityTestFactory factory)
{
    private async Task<(ConsoleOrganizationDto Organization, PersonalDataUser Owner)> SuspendedOrganizationAsync()
    {
        var owner = await PersonalDataUser.CreateAsync(factory);
        var created = await ConsoleOrganizations.CreateAsync(factory, owner.Email);
        await ConsoleOrganizations.SuspendAsync(factory, created.Id);
        return (created, owner);
    }

    private static HttpRequestMessage Html(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }

    [Fact]
    public async Task Should_answer_the_public_page_of_a_suspended_organization_with_403_and_a_localized_message()
    {
        var (organization, _) = await SuspendedOrganizationAsync();
        var request = Html($"/o/{organization.Slug}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("de"));

        var response = await factory.CreateClientFor().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain($"Die Organisation „{organization.Name}“ ist gesperrt.");
    }

    [Fact]
    public async Task Should_refuse_the_public_page_at_once_when_an_organization_is_suspended_after_a_visit()
    {
        var owner = await PersonalDataUser.CreateAsync(factory);
        var organization = await ConsoleOrganizations.CreateAsync(factory, owner.Email);
        var visitor = factory.CreateClientFor();
        (await visitor.SendAsync(Html($"/o/{organization.Slug}"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ConsoleOrganizations.SuspendAsync(factory, organization.Id);

        (await visitor.SendAsync(Html($"/o/{organization.Slug}"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_answer_api_calls_naming_a_suspended_organization_in_x_tenant_with_403()
    {
        var (organization, owner) = await SuspendedOrganizationAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "api/platform/application-configuration");
        request.Headers.Add(TenantClaimTypes.TenantHeader, organization.Slug);

        var response = await factory.CreateClientFor(owner.Id).SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, PlatformErrorCodes.OrganizationSuspended);
    }

    [Fact]
    public async Task Should_refuse_organization_requests_of_a_member_whose_selected_organization_is_suspended()
    {
        var (organization, owner) = await SuspendedOrganizationAsync();

        var response = await factory.CreateClientFor(owner.Id, organization.Id).GetAsync("api/identity/organization-members");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, PlatformErrorCodes.OrganizationSuspended);
    }

    [Fact]
    public async Task Should_keep_the_account_pages_working_without_the_suspended_selected_organization()
    {
        var (organization, owner) = await SuspendedOrganizationAsync();
        var client = factory.CreateClientFor(owner.Id, organization.Id);

        var privacy = await (await client.GetAsync("api/identity/privacy")).ShouldBeOkAsync<PrivacyOverviewDto>();
        var configuration = await (await client.GetAsync("api/platform/application-configuration")).ShouldBeOkAsync<ApplicationConfigurationDto>();

        privacy.Consents.ShouldNotBeEmpty();
        configuration.CurrentTenant.IsAvailable.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_serve_the_organization_again_once_reactivated()
    {
        var (organization, _) = await SuspendedOrganizationAsync();

        await ConsoleOrganizations.Admin(factory).PostAsync($"{ConsoleOrganizations.Route}/{organization.Id}/reactivate", null);

        (await factory.CreateClientFor().SendAsync(Html($"/o/{organization.Slug}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
