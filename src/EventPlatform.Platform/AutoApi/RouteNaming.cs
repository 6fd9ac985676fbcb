using EventPlatform.Platform.Text;

namespace EventPlatform.Platform.AutoApi;

/// <summary>The naming rules of the auto API: module from the namespace, service from the interface, verb from the method.</summary>
public static class RouteNaming
{
    // Longest prefix first, so GetList wins over Get.
    private static readonly (string Prefix, string Verb)[] VerbPrefixes =
    [
        ("GetList", "GET"), ("Get", "GET"), ("Find", "GET"),
        ("Create", "POST"), ("Add", "POST"), ("Insert", "POST"),
        ("Update", "PUT"), ("Put", "PUT"),
        ("Delete", "DELETE"), ("Remove", "DELETE"),
    ];

    /// <summary><c>EventPlatform.Events.Services</c> -> <c>events</c>.</summary>
    public static string ModuleOf(Type contract)
    {
        var segments = (contract.Namespace ?? throw new InvalidOperationException($"{contract} has no namespace.")).Split('.');
        return (segments.Length > 1 ? segments[1] : segments[0]).ToLowerInvariant();
    }

    /// <summary><c>IApplicationConfigurationAppService</c> -> <c>ApplicationConfiguration</c>.</summary>
    public static string ServiceNameOf(Type contract)
    {
        var name = contract.Name;
        if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1])) name = name[1..];
        if (name.EndsWith("AppService", StringComparison.Ordinal) && name.Length > "AppService".Length) name = name[..^"AppService".Length];
        return name;
    }

    /// <summary>The HTTP verb and the action segment (empty for plain CRUD) of a method: <c>PublishAsync</c> -> (POST, publish).</summary>
    public static (string Verb, string Action) VerbAndActionOf(string methodName)
    {
        var name = methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName[..^"Async".Length] : methodName;
        foreach (var (prefix, verb) in VerbPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && (name.Length == prefix.Length || char.IsUpper(name[prefix.Length])))
            {
                return (verb, KebabCase.From(name[prefix.Length..]));
            }
        }

        return ("POST", KebabCase.From(name));
    }
}
