using Microsoft.AspNetCore.Authorization;

namespace EventPlatform.Identity.PlatformConsole;

/// <summary>The signed-in user is a platform administrator.</summary>
public sealed class PlatformAdminRequirement : IAuthorizationRequirement;
