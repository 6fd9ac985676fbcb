namespace EventPlatform.Platform.Settings;

/// <summary>A global value (no key) or a user's value (key = user id), in <c>platform.settings</c>.</summary>
public sealed class SettingValue
{
    public const int MaxNameLength = 128;
    public const int MaxValueLength = 4000;
    public const string GlobalProvider = "G";
    public const string UserProvider = "U";

    /// <summary>The provider key of a user's values.</summary>
    public static string UserKey(Guid userId) => userId.ToString("D");

    private SettingValue()
    {
    }

    public SettingValue(string name, string providerName, string? providerKey, string? value)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        ProviderName = providerName;
        ProviderKey = providerKey ?? "";
        Value = value;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = null!;
    public string ProviderName { get; private set; } = null!;
    public string ProviderKey { get; private set; } = null!;
    public string? Value { get; set; }
}

/// <summary>An organization's value, in <c>platform.tenant_settings</c> (row-level security applies).</summary>
public sealed class TenantSettingValue : MultiTenancy.IMultiTenant
{
    private TenantSettingValue()
    {
    }

    public TenantSettingValue(string name, string? value)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        Value = value;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Value { get; set; }
}
