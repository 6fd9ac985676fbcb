using Microsoft.AspNetCore.Authorization;

namespace EventPlatform.Platform.Authorization;

/// <summary>The requirement behind a permission-named policy: the user must hold <see cref="Permission"/>.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
