using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.PlatformConsole;

/// <summary>Paged list of organizations, optionally filtered by a part of the name or slug.</summary>
public sealed record ConsoleOrganizationListRequest : PagedRequest
{
    public string? Filter { get; init; }
}
