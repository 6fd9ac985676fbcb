using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Api;

[Collection(IdentityCollection.Name)]
public sealed partial class ApiDocumentationTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_describe_every_api_route_in_the_openapi_document()
    {
        // OpenAPI paths name parameters without their route constraints ({id:guid} is documented as {id}).
        var apiRoutes = RouteTable.Lines(factory.Services)
            .Where(line => line.Split(' ')[1].StartsWith("/api/", StringComparison.Ordinal))
            .Select(line => RouteConstraint().Replace(line, "}"))
            .ToList();

        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var described = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();
        apiRoutes.ShouldNotBeEmpty();
        described.ShouldBe(apiRoutes, ignoreOrder: true);
    }

    [Fact]
    public async Task Should_serve_the_api_reference_page_with_only_local_scripts_and_no_web_fonts()
    {
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/api-reference/");

        var sources = SourceAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        sources.ShouldNotBeEmpty();
        sources.ShouldAllBe(source => !source.Contains("//"));
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        html.ShouldContain("\"withDefaultFonts\":false");
        foreach (var script in sources)
        {
            (await client.GetAsync("/api-reference/" + script)).StatusCode.ShouldBe(HttpStatusCode.OK, script);
        }
    }

    [GeneratedRegex(@"<(?:script|link)[^>]*\s(?:src|href)=""([^""]+)""")]
    private static partial Regex SourceAttribute();

    [GeneratedRegex(@":[^}/]+}")]
    private static partial Regex RouteConstraint();
}
