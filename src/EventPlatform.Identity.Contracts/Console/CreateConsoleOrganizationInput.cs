namespace EventPlatform.Identity.PlatformConsole;

/// <summary>A new organization; <see cref="OwnerEmail"/> names an existing account that becomes its Owner.</summary>
public sealed record CreateConsoleOrganizationInput(string Name, string Slug, string? OwnerEmail);
