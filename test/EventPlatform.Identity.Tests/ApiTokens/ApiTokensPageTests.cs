using System.Net;
using System.Text.RegularExpressions;
using EventPlatform.Identity.ApiTokens;
using EventPlatform.Platform.Authorization;

namespace EventPlatform.Identity.Tests.ApiTokens;

/// <summary>The page <c>/organizations/api-tokens</c> over HTTP: who may open it, and the secret shown once.</summary>
[Collection(IdentityCollection.Name)]
public sealed partial class ApiTokensPageTests(IdentityTestFactory factory)
{
    private const string Page = "/organizations/api-tokens";

    [Fact]
    public async Task Should_show_the_page_to_an_admin()
    {
        var response = await factory.CreateAdminOfA().GetAsync(Page);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("<h1>API tokens</h1>");
    }

    [Fact]
    public async Task Should_forbid_the_page_to_staff()
    {
        var response = await factory.CreateClientForRole(OrganizationRoles.Staff).GetAsync(Page);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_show_the_new_secret_once_after_creating_a_token()
    {
        var admin = factory.CreateAdminOfA();

        var created = await PostCreateAsync(admin, "Page token", IdentityPermissions.Members.Read);

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        created.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var secret = NewTokenValue().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        secret.ShouldStartWith(ApiTokenConsts.Prefix);
        (await (await admin.GetAsync(Page)).Content.ReadAsStringAsync()).ShouldNotContain(secret);
    }

    [Fact]
    public async Task Should_explain_that_a_token_needs_a_permission()
    {
        var response = await PostCreateAsync(factory.CreateAdminOfA(), "No permissions");

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-valmsg-for=\"Input.Permissions\"");
        NewTokenValue().IsMatch(html).ShouldBeFalse();
    }

    private static async Task<HttpResponseMessage> PostCreateAsync(HttpClient client, string name, params string[] permissions)
    {
        var form = await client.GetStringAsync(Page);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Antiforgery().Match(form).Groups[1].Value),
            new("Input.Name", name),
            new("Input.ExpiresInDays", "30"),
        };
        fields.AddRange(permissions.Select(p => new KeyValuePair<string, string>("Input.Permissions", p)));
        return await client.PostAsync(Page + "?handler=Create", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("id=\"new-token\" readonly value=\"([^\"]+)\"")]
    private static partial Regex NewTokenValue();
}
