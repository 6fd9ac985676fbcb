using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.PlatformConsole;

/// <summary>The platform console's organizations (<c>api/identity/console/organizations</c>); platform administrators only.</summary>
[RemoteService(Route = "console/organizations")]
public interface IConsoleOrganizationAppService : IApplicationService
{
    Task<PagedResult<ConsoleOrganizationDto>> GetListAsync(ConsoleOrganizationListRequest input);

    Task<ConsoleOrganizationDto> GetAsync(Guid id);

    Task<ConsoleOrganizationDto> CreateAsync(CreateConsoleOrganizationInput input);

    Task<ConsoleOrganizationDto> SuspendAsync(Guid id);

    Task<ConsoleOrganizationDto> ReactivateAsync(Guid id);

    /// <summary>Soft delete: the organization disappears everywhere; its rows stay for the audit trail.</summary>
    Task DeleteAsync(Guid id);
}
