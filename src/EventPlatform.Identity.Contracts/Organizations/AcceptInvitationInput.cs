namespace EventPlatform.Identity.Organizations;

public sealed record AcceptInvitationInput(string Token);
