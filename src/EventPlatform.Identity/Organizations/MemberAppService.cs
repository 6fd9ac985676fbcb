using EventPlatform.Identity.Data;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Organizations;

public sealed class MemberAppService(IdentityModuleDbContext db, CurrentMember caller, OrganizationManager manager) : IMemberAppService
{
    [Authorize(IdentityPermissions.Members.Read)]
    public async Task<IReadOnlyList<MemberDto>> GetListAsync() => await Members(null).ToListAsync();

    [Authorize(IdentityPermissions.Members.Read)]
    public async Task<MemberDto> GetAsync(Guid id) =>
        await Members(id).SingleOrDefaultAsync() ?? throw new EntityNotFoundException("Member", id);

    [Authorize(IdentityPermissions.Members.Manage)]
    public async Task<MemberDto> UpdateRoleAsync(Guid id, ChangeRoleInput input)
    {
        await manager.ChangeRoleAsync(id, input.Role, caller.Role);
        return await GetAsync(id);
    }

    [Authorize(IdentityPermissions.Members.Manage)]
    public Task DeleteAsync(Guid id) => manager.RemoveAsync(id, caller.Role, leaving: id == caller.UserId);

    // The tenant filter and row-level security keep this to the current organization's memberships.
    private IQueryable<MemberDto> Members(Guid? userId) =>
        from m in db.Memberships.AsNoTracking()
        join u in db.Users.AsNoTracking() on m.UserId equals u.Id
        where userId == null || m.UserId == userId
        orderby u.DisplayName, u.Id
        select new MemberDto(u.Id, u.DisplayName, u.Email!, m.Role, m.CreatedAt);
}
