namespace EventPlatform.Identity.Organizations;

public sealed record MyOrganizationDto(Guid Id, string Slug, string Name, string Role, bool IsSelected);
