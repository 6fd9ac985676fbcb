namespace EventPlatform.Platform.MultiTenancy;

/// <summary>Configuration section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    /// <summary>When set (e.g. <c>events.example.com</c>), <c>{slug}.events.example.com</c> resolves the organization.</summary>
    public string? BaseDomain { get; set; }

    /// <summary>The route value that carries the organization slug on public pages (<c>/o/{tenant}</c>).</summary>
    public string RouteKey { get; set; } = "tenant";
}
