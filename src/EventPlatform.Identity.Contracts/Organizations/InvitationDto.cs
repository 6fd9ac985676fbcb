namespace EventPlatform.Identity.Organizations;

public sealed record InvitationDto(Guid Id, string Email, string Role, InvitationStatus Status, DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt);
