using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

// Usage: SearchBench <base-url or unix:/path/to.sock> <search-requests> <autocomplete-requests>
// Sends realistic, varied directory searches and autocomplete requests one after another (one visitor at a time:
// latency, not throughput, is what the goal is about) and prints the percentiles as its last line.
var target = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5000";
var searches = int.Parse(args.ElementAtOrDefault(1) ?? "2000", CultureInfo.InvariantCulture);
var autocompletes = int.Parse(args.ElementAtOrDefault(2) ?? "3000", CultureInfo.InvariantCulture);
using var client = BenchHttp.Client(target, new SocketsHttpHandler(), TimeSpan.FromSeconds(100));
var random = new Random(42);

var searchUrls = Enumerable.Range(0, searches).Select(_ => Queries.Search(random)).ToList();
var autocompleteUrls = Enumerable.Range(0, autocompletes).Select(_ => Queries.Autocomplete(random)).ToList();

// Warm-up: JIT, connection pool, PostgreSQL's caches.
foreach (var url in searchUrls.Take(200).Concat(autocompleteUrls.Take(200))) await BenchClient.TimeAsync(client, url);

var searchTimes = new List<double>();
foreach (var url in searchUrls) searchTimes.Add(await BenchClient.TimeAsync(client, url));
var autocompleteTimes = new List<double>();
foreach (var url in autocompleteUrls) autocompleteTimes.Add(await BenchClient.TimeAsync(client, url));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"search_p50_ms={Percentile(searchTimes, 50):F1} search_p99_ms={Percentile(searchTimes, 99):F1} autocomplete_p50_ms={Percentile(autocompleteTimes, 50):F1} autocomplete_p99_ms={Percentile(autocompleteTimes, 99):F1}"));

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Clamp(Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

internal static class BenchClient
{
    public static async Task<double> TimeAsync(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        if (!response.IsSuccessStatusCode || body.Length == 0)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}

/// <summary>What visitors type: the words the seed uses (bench/search.sh), with and without accents, plus filters.</summary>
internal static class Queries
{
    private static readonly string[] Topics =
    [
        "kubernetes", "data", "python", "design", "marketing", "security", "cloud", "ai", "machine learning", "devops",
        "rust", "javascript", "ux", "leadership", "startup", "blockchain", "photography", "yoga", "wine", "jazz",
        "architecture", "climate", "robotics", "finance", "health", "music", "writing", "gaming", "education", "open source",
    ];

    private static readonly string[] Cities =
    [
        "Köln", "Koln", "München", "Munchen", "Zürich", "Berlin", "Hamburg", "Wien", "Málaga", "Malaga", "Barcelona",
        "Madrid", "Paris", "Lyon", "Genève", "Amsterdam", "Kraków", "Praha", "Lisboa", "São Paulo",
    ];

    private static readonly string[] Kinds = ["conference", "workshop", "meetup", "summit", "bootcamp", "festival", "webinar", "café"];

    private static readonly string[] Prefixes =
    [
        "ku", "kub", "kube", "dat", "data s", "pyt", "pytho", "des", "mar", "mark", "sec", "secu", "clo", "clou", "mach",
        "dev", "rus", "java", "lead", "star", "block", "phot", "yog", "win", "jaz", "arch", "clim", "rob", "fin", "heal",
        "mus", "writ", "gam", "edu", "open", "kol", "köl", "mun", "mün", "zur", "zür", "cafe", "café", "berl", "hamb",
        "wie", "mala", "barc", "madr", "par", "gene", "amst", "krak", "prah", "lisb", "sao", "advanced k", "intro to p",
        "the fut", "sum", "work", "meet", "boot", "fest", "webi", "confe", "kuberntes", "pyhton", "secrity",
    ];

    private static readonly string[] Formats = ["InPerson", "Online", "Hybrid"];

    public static string Search(Random r)
    {
        var parts = new List<string>();
        var text = r.Next(10) switch
        {
            < 4 => Topics[r.Next(Topics.Length)],
            < 6 => $"{Topics[r.Next(Topics.Length)]} {Kinds[r.Next(Kinds.Length)]}",
            < 8 => $"{Topics[r.Next(Topics.Length)]} {Cities[r.Next(Cities.Length)]}",
            < 9 => Cities[r.Next(Cities.Length)],
            _ => null,
        };
        if (text is not null) parts.Add("text=" + Uri.EscapeDataString(text));
        if (r.Next(5) == 0) parts.Add("city=" + Uri.EscapeDataString(Cities[r.Next(Cities.Length)]));
        if (r.Next(5) == 0) parts.Add("format=" + Formats[r.Next(Formats.Length)]);
        if (r.Next(6) == 0) parts.Add("tags=" + Uri.EscapeDataString(Topics[r.Next(Topics.Length)]));
        if (r.Next(4) == 0)
        {
            var from = new DateOnly(2027, 1, 1).AddDays(r.Next(330));
            parts.Add($"from={from:yyyy-MM-dd}&to={from.AddDays(30):yyyy-MM-dd}");
        }

        if (r.Next(4) == 0) parts.Add("sort=Date");
        if (r.Next(5) == 0) parts.Add("skip=" + (20 * r.Next(1, 5)));
        return "api/events/directory?" + string.Join('&', parts);
    }

    public static string Autocomplete(Random r) =>
        "api/events/directory/autocomplete?take=8&text=" + Uri.EscapeDataString(Prefixes[r.Next(Prefixes.Length)]);
}
