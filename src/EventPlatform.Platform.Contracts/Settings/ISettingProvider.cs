namespace EventPlatform.Platform.Settings;

/// <summary>Reads a setting: User -> Tenant -> Global -> configuration ("Settings:{name}") -> default.</summary>
public interface ISettingProvider
{
    Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>Stores setting values at one level.</summary>
public interface ISettingManager
{
    Task SetGlobalAsync(string name, string? value, CancellationToken cancellationToken = default);

    /// <summary>Sets the value for the current tenant.</summary>
    Task SetForCurrentTenantAsync(string name, string? value, CancellationToken cancellationToken = default);

    Task SetForUserAsync(Guid userId, string name, string? value, CancellationToken cancellationToken = default);
}
