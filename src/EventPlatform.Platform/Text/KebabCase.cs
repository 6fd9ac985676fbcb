using System.Text.RegularExpressions;

namespace EventPlatform.Platform.Text;

/// <summary>Names in URLs and storage: <c>ApplicationConfiguration</c> -> <c>application-configuration</c>, <c>HTMLReport</c> -> <c>html-report</c>.</summary>
public static partial class KebabCase
{
    public static string From(string name) => WordBoundary().Replace(name, "-$0").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])[A-Z]|(?<=[A-Z])[A-Z](?=[a-z])")]
    private static partial Regex WordBoundary();
}
