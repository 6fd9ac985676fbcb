using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;

namespace EventPlatform.Identity.Domain;

/// <summary>
/// An invitation to join the organization with a role. The link's token is never stored, only its SHA-256 hash,
/// so a leaked table cannot be used to join.
/// </summary>
public sealed class Invitation : AuditedEntity, IMultiTenant
{
    private Invitation()
    {
    }

    public Invitation(string email, string role, string tokenHash, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        Email = NormalizeEmail(email);
        Role = OrganizationRoles.All.Contains(role) ? role : throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown organization role.");
        TokenHash = tokenHash;
        ExpiresAt = expiresAt;
    }

    public Guid TenantId { get; private set; }

    public string Email { get; private set; } = null!;

    public string Role { get; private set; } = null!;

    public string TokenHash { get; private set; } = null!;

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Accepted
        : RevokedAt is not null ? InvitationStatus.Revoked
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    /// <summary>A new link and a new expiry; accepted and revoked invitations stay closed.</summary>
    public void Renew(string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        if (StatusAt(now) is InvitationStatus.Accepted or InvitationStatus.Revoked) throw NotPending();
        TokenHash = tokenHash;
        ExpiresAt = expiresAt;
    }

    public void Revoke(DateTimeOffset now)
    {
        if (StatusAt(now) is InvitationStatus.Accepted or InvitationStatus.Revoked) throw NotPending();
        RevokedAt = now;
    }

    public void Accept(Guid userId, string userEmail, DateTimeOffset now)
    {
        switch (StatusAt(now))
        {
            case InvitationStatus.Expired:
                throw new BusinessException(IdentityErrorCodes.InvitationExpired, StatusCodes.Status410Gone);
            case InvitationStatus.Accepted or InvitationStatus.Revoked:
                throw NotPending();
        }

        if (NormalizeEmail(userEmail) != Email)
        {
            throw new BusinessException(IdentityErrorCodes.InvitationForAnotherEmail, StatusCodes.Status403Forbidden).WithData("email", Email);
        }

        AcceptedAt = now;
        AcceptedBy = userId;
    }

    private static BusinessException NotPending() => new(IdentityErrorCodes.InvitationNotPending, StatusCodes.Status409Conflict);
}
