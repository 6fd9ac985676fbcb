namespace EventPlatform.Identity.Organizations;

public sealed record InviteInput(string Email, string Role);
