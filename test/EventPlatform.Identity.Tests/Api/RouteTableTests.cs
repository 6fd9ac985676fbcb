using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Api;

/// <summary>Every route change shows up in review as a change of <c>docs/api-routes.txt</c>.</summary>
[Collection(IdentityCollection.Name)]
public sealed class RouteTableTests(IdentityTestFactory factory)
{
    [Fact]
    public void Should_match_the_committed_route_table()
    {
        var live = RouteTable.Lines(factory.Services);
        if (Environment.GetEnvironmentVariable(RouteTable.UpdateVariable) == "1")
        {
            RouteTable.WriteCommitted(live);
        }

        var committed = File.Exists(RouteTable.CommittedPath) ? RouteTable.Parse(File.ReadAllText(RouteTable.CommittedPath)) : [];

        var diff = live.Except(committed).Select(r => "+ " + r).Concat(committed.Except(live).Select(r => "- " + r)).ToList();
        diff.ShouldBeEmpty($"""
            The host's routes differ from docs/api-routes.txt:
            {string.Join('\n', diff)}
            If the change is intended, regenerate the file and commit it:
            {RouteTable.UpdateCommand}
            """);
    }
}
