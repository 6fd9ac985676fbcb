namespace EventPlatform.Platform.MultiTenancy;

/// <summary>Thrown when a tenant-owned entity is written without a current tenant, or for another tenant.</summary>
public sealed class TenantMismatchException(string message) : InvalidOperationException(message);
