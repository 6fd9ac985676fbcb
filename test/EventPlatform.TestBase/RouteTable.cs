using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.TestBase;

/// <summary>
/// Every route of a host as <c>VERB /route</c> lines (one per verb; <c>ANY</c> when the endpoint takes every verb,
/// as Razor Pages do), sorted by route then verb. The committed copy is <c>docs/api-routes.txt</c>.
/// </summary>
public static class RouteTable
{
    public const string UpdateVariable = "EP_UPDATE_ROUTES";
    public const string UpdateCommand = $"{UpdateVariable}=1 dotnet test test/EventPlatform.Identity.Tests --filter RouteTable";

    public static string CommittedPath => Path.Combine(RepositoryRoot(), "docs", "api-routes.txt");

    public static IReadOnlyList<string> Lines(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint =>
            {
                var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
                var verbs = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["ANY"];
                return verbs.Select(verb => (Route: route, Verb: verb));
            })
            .Distinct()
            .OrderBy(r => r.Route, StringComparer.Ordinal).ThenBy(r => r.Verb, StringComparer.Ordinal)
            .Select(r => $"{r.Verb} {r.Route}")
            .ToList();

    /// <summary>The file's content: a header saying how to regenerate it, then the lines.</summary>
    public static string Render(IEnumerable<string> lines) =>
        $"# Every HTTP route of the host, generated from its endpoints by the RouteTable test. Regenerate with:\n# {UpdateCommand}\n"
        + string.Concat(lines.Select(line => line + "\n"));

    /// <summary>Rewrites <c>docs/api-routes.txt</c> with <paramref name="lines"/>.</summary>
    public static void WriteCommitted(IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CommittedPath)!);
        File.WriteAllText(CommittedPath, Render(lines));
    }

    /// <summary>The routes of a committed file (header lines skipped).</summary>
    public static IReadOnlyList<string> Parse(string content) =>
        content.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => !line.StartsWith('#')).ToList();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EventPlatform.slnx"))) return directory.FullName;
        }

        throw new InvalidOperationException($"No EventPlatform.slnx above {AppContext.BaseDirectory}.");
    }
}
