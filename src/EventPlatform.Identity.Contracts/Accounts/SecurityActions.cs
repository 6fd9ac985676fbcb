namespace EventPlatform.Identity.Accounts;

/// <summary>
/// Action names of security events in the audit log (written through <c>IAuditLog</c>, entity
/// <see cref="UserEntity"/> or <see cref="OrganizationEntity"/>). The security log pages list these.
/// </summary>
public static class SecurityActions
{
    public const string UserEntity = "identity.users";
    public const string OrganizationEntity = "identity.organizations";

    public const string SignedUp = "Security:SignedUp";
    public const string EmailConfirmed = "Security:EmailConfirmed";
    public const string SignedIn = "Security:SignedIn";
    public const string SignInFailed = "Security:SignInFailed";
    public const string LockedOut = "Security:LockedOut";
    public const string SignedOut = "Security:SignedOut";
    public const string SignedOutEverywhere = "Security:SignedOutEverywhere";
    public const string PasswordChanged = "Security:PasswordChanged";
    public const string PasswordReset = "Security:PasswordReset";
    public const string TwoFactorEnabled = "Security:TwoFactorEnabled";
    public const string TwoFactorDisabled = "Security:TwoFactorDisabled";
    public const string RecoveryCodeUsed = "Security:RecoveryCodeUsed";
    public const string ExternalLoginAdded = "Security:ExternalLoginAdded";
    public const string OrganizationCreated = "Security:OrganizationCreated";
    public const string MemberInvited = "Security:MemberInvited";
    public const string MemberJoined = "Security:MemberJoined";
    public const string RoleChanged = "Security:RoleChanged";
    public const string MemberRemoved = "Security:MemberRemoved";
    public const string TokenCreated = "Security:TokenCreated";
    public const string TokenRevoked = "Security:TokenRevoked";
    public const string ConsentChanged = "Security:ConsentChanged";
    public const string PersonalDataExported = "Security:PersonalDataExported";
    public const string AccountErased = "Security:AccountErased";
    public const string OrganizationSuspended = "Security:OrganizationSuspended";
    public const string OrganizationReactivated = "Security:OrganizationReactivated";
    public const string OrganizationDeleted = "Security:OrganizationDeleted";
}
