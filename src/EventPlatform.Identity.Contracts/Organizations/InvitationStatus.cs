namespace EventPlatform.Identity.Organizations;

public enum InvitationStatus
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}
