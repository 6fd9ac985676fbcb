namespace EventPlatform.Platform.Application;

/// <summary>The organization the request runs for; <see cref="IsAvailable"/> is false on host-side requests.</summary>
public sealed record CurrentTenantDto(bool IsAvailable, Guid? Id, string? Slug, string? Name);
