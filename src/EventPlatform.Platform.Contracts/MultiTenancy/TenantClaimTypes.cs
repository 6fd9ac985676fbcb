namespace EventPlatform.Platform.MultiTenancy;

public static class TenantClaimTypes
{
    /// <summary>The organization the signed-in user has selected.</summary>
    public const string TenantId = "tenant_id";

    /// <summary>The user's role in the selected organization.</summary>
    public const string Role = "org_role";

    public const string TenantHeader = "X-Tenant";
}
