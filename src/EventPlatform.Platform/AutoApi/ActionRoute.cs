using EventPlatform.Platform.Text;
using System.Reflection;
using EventPlatform.Platform.Application;

namespace EventPlatform.Platform.AutoApi;

/// <summary>
/// Where one application-service method is served: <c>api/{module}/{kebab-service}/{id?}/{action?}</c> with the
/// verb of its name, unless <see cref="RemoteServiceAttribute"/> on the method, class or interface says otherwise.
/// </summary>
public sealed record ActionRoute(string HttpMethod, string Template)
{
    /// <summary>The route of <paramref name="method"/> (implementing <paramref name="contractMethod"/>), or null when it is not exposed.</summary>
    public static ActionRoute? For(Type serviceType, MethodInfo method, MethodInfo contractMethod)
    {
        var attribute = method.GetCustomAttribute<RemoteServiceAttribute>() ?? contractMethod.GetCustomAttribute<RemoteServiceAttribute>();
        if (attribute is { IsEnabled: false }) return null;

        var contract = ApplicationServiceTypes.PrimaryContractOf(serviceType);
        var modulePrefix = $"api/{RouteNaming.ModuleOf(contract)}";
        var (verb, action) = RouteNaming.VerbAndActionOf(method.Name);
        if (!string.IsNullOrWhiteSpace(attribute?.HttpMethod)) verb = attribute.HttpMethod.Trim().ToUpperInvariant();
        if (!string.IsNullOrWhiteSpace(attribute?.Route)) return new ActionRoute(verb, Resolve(modulePrefix, attribute.Route));

        var serviceRoute = ApplicationServiceTypes.RemoteServiceOf(serviceType)?.Route is { Length: > 0 } route
            ? Resolve(modulePrefix, route)
            : $"{modulePrefix}/{KebabCase.From(RouteNaming.ServiceNameOf(contract))}";
        var segments = new List<string> { serviceRoute };
        if (method.GetParameters().FirstOrDefault(p => string.Equals(p.Name, "id", StringComparison.OrdinalIgnoreCase)) is { } id)
        {
            segments.Add("{" + id.Name + "}");
        }

        if (action.Length > 0) segments.Add(action);
        return new ActionRoute(verb, string.Join('/', segments));
    }

    // A leading '/' makes the route absolute; otherwise it is relative to api/{module}/.
    private static string Resolve(string modulePrefix, string route) =>
        route.StartsWith('/') ? route.TrimStart('/') : $"{modulePrefix}/{route.Trim('/')}";
}
