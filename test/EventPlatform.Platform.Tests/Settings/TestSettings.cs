using EventPlatform.Platform.Settings;

namespace EventPlatform.Platform.Tests.Settings;

/// <summary>One setting per test, so values stored by one test never decide another.</summary>
public sealed class TestSettings : ISettingDefinitionProvider
{
    public const string Default = "default";
    public const string Configured = "Tests.Configured";
    public const string GlobalOverConfiguration = "Tests.GlobalOverConfiguration";
    public const string TenantOverGlobal = "Tests.TenantOverGlobal";
    public const string UserOverTenant = "Tests.UserOverTenant";
    public const string TenantIsolated = "Tests.TenantIsolated";
    public const string Cleared = "Tests.Cleared";
    public const string Changing = "Tests.Changing";
    public const string GlobalOnly = "Tests.GlobalOnly";

    public IEnumerable<SettingDefinition> Define() =>
        new[] { Configured, GlobalOverConfiguration, TenantOverGlobal, UserOverTenant, TenantIsolated, Cleared, Changing }
            .Select(name => new SettingDefinition(name, Default))
            .Append(new SettingDefinition(GlobalOnly, Default, SettingScopes.Global));
}
