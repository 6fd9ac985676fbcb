namespace EventPlatform.Platform.MultiTenancy;

/// <summary>Configuration section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    /// <summary>When set (e.g. <c>events.example.com</c>), <c>{slug}.events.example.com</c> resolves the organization.</summary>
    public string? BaseDomain { get; set; }

    /// <summary>The route value that carries the organization slug on public pages (<c>/o/{tenant}</c>).</summary>
    public string RouteKey { get; set; } = "tenant";

    /// <summary>
    /// Paths that keep working while the signed-in user's selected organization is suspended: they run without it
    /// (account, privacy, console, switching). Elsewhere a suspended selection is refused with <c>Platform:OrganizationSuspended</c>.
    /// </summary>
    public List<string> SuspensionFreePaths { get; set; } =
        ["/account", "/console", "/organizations/new", "/organizations/switch", "/api/identity/my-organizations", "/api/identity/privacy", "/api/identity/console", "/api/platform/application-configuration"];
}
