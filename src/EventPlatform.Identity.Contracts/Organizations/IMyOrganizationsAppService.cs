using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Organizations;

/// <summary>The signed-in user's organizations: create one, list them, select one to work in, leave one.</summary>
public interface IMyOrganizationsAppService : IApplicationService
{
    Task<IReadOnlyList<MyOrganizationDto>> GetListAsync();

    /// <summary>Creates an organization with the caller as its Owner and selects it.</summary>
    Task<MyOrganizationDto> CreateAsync(CreateOrganizationInput input);

    /// <summary>Makes <paramref name="id"/> the organization the user works in (members only; others get 404).</summary>
    Task SelectAsync(Guid id);

    /// <summary>Ends the caller's membership; the last Owner cannot leave.</summary>
    Task LeaveAsync(Guid id);
}
