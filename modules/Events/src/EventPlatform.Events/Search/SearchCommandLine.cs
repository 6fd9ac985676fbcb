using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Search;

public static class SearchCommandLine
{
    public const string ReindexSwitch = "--reindex";

    /// <summary>
    /// <c>dotnet EventPlatform.Web.dll --reindex</c>: rebuilds the search index from the database and exits instead of
    /// serving. Returns true when it did.
    /// </summary>
    public static async Task<bool> ReindexSearchIfAskedAsync(this WebApplication app, string[] args)
    {
        if (!args.Contains(ReindexSwitch)) return false;
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SearchReindexer>().RebuildAsync();
        Console.WriteLine($"search index ({result.Provider}) rebuilt: {result.Indexed} events in {result.ElapsedMilliseconds} ms");
        return true;
    }
}
