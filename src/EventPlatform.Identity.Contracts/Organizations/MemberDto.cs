namespace EventPlatform.Identity.Organizations;

public sealed record MemberDto(Guid UserId, string DisplayName, string Email, string Role, DateTimeOffset JoinedAt);
