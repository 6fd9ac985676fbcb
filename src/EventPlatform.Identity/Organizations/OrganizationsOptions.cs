namespace EventPlatform.Identity.Organizations;

/// <summary>Configuration section <c>Organizations</c>.</summary>
public sealed class OrganizationsOptions
{
    public const string SectionName = "Organizations";

    /// <summary>How long an invitation link works.</summary>
    public TimeSpan InvitationLifetime { get; set; } = InvitationConsts.DefaultLifetime;
}
