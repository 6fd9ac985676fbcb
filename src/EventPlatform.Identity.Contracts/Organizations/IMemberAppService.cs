using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Organizations;

/// <summary>Members of the current organization; <c>id</c> is the member's user id.</summary>
public interface IMemberAppService : IApplicationService
{
    Task<IReadOnlyList<MemberDto>> GetListAsync();

    Task<MemberDto> GetAsync(Guid id);

    /// <summary>Only Owners grant or take away the Owner role; the last Owner keeps it.</summary>
    Task<MemberDto> UpdateRoleAsync(Guid id, ChangeRoleInput input);

    /// <summary>Removes a member; the last Owner cannot be removed.</summary>
    Task DeleteAsync(Guid id);
}
