namespace EventPlatform.Identity.Organizations;

public sealed record CreateOrganizationInput(string Name, string Slug);
