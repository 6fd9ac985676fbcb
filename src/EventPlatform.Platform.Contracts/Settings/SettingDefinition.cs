namespace EventPlatform.Platform.Settings;

/// <summary>A setting with its default; <see cref="Scopes"/> says where values may be stored.</summary>
public sealed record SettingDefinition(string Name, string? DefaultValue, SettingScopes Scopes = SettingScopes.All, bool IsVisibleToClients = false);

[Flags]
public enum SettingScopes
{
    Global = 1,
    Tenant = 2,
    User = 4,
    All = Global | Tenant | User,
}

/// <summary>Each module contributes its setting definitions.</summary>
public interface ISettingDefinitionProvider
{
    IEnumerable<SettingDefinition> Define();
}
