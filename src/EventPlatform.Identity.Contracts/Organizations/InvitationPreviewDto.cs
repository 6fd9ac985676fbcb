namespace EventPlatform.Identity.Organizations;

/// <summary>What an invitation link shows before it is accepted; <see cref="HasAccount"/> decides between sign-in and a new account.</summary>
public sealed record InvitationPreviewDto(string OrganizationName, string Email, string Role, InvitationStatus Status, DateTimeOffset ExpiresAt, bool HasAccount);
