namespace EventPlatform.Platform.MultiTenancy;

public static class TenantClaimTypes
{
    /// <summary>The organization the signed-in user has selected.</summary>
    public const string TenantId = "tenant_id";

    /// <summary>The user's role in the selected organization.</summary>
    public const string Role = "org_role";

    public const string TenantHeader = "X-Tenant";

    /// <summary>
    /// Marks a scoped credential (an organization API token): the organization it was issued for. Such a principal is
    /// granted only its <see cref="Permission"/> claims, and only in that organization.
    /// </summary>
    public const string CredentialTenant = "credential_tenant";

    /// <summary>A permission a scoped credential holds.</summary>
    public const string Permission = "permission";
}
