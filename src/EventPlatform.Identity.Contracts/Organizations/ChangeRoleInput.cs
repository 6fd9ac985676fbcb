namespace EventPlatform.Identity.Organizations;

public sealed record ChangeRoleInput(string Role);
