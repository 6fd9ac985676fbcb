using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Organizations;

[Authorize]
public sealed class MyOrganizationsAppService(
    IdentityModuleDbContext db,
    CurrentMember caller,
    UserOrganizations userOrganizations,
    OrganizationManager manager,
    ITenantMembershipChecker memberships,
    ICurrentTenant currentTenant) : IMyOrganizationsAppService
{
    public async Task<IReadOnlyList<MyOrganizationDto>> GetListAsync()
    {
        var selected = await db.Users.Where(u => u.Id == caller.UserId).Select(u => u.SelectedOrganizationId).SingleOrDefaultAsync();
        return await userOrganizations.ListAsync(caller.UserId, selected);
    }

    public async Task<MyOrganizationDto> CreateAsync(CreateOrganizationInput input)
    {
        var organization = await manager.CreateAsync(caller.UserId, input.Name, input.Slug);
        return new MyOrganizationDto(organization.Id, organization.Slug, organization.Name, Platform.Authorization.OrganizationRoles.Owner, IsSelected: true);
    }

    public async Task SelectAsync(Guid id)
    {
        _ = await memberships.FindRoleAsync(caller.UserId, id) ?? throw NotFound(id);
        var user = await db.Users.SingleAsync(u => u.Id == caller.UserId);
        user.SelectedOrganizationId = id;
        await db.SaveChangesAsync();
    }

    public async Task LeaveAsync(Guid id)
    {
        _ = await memberships.FindRoleAsync(caller.UserId, id) ?? throw NotFound(id);
        using (currentTenant.Change(id))
        {
            await manager.RemoveAsync(caller.UserId, actingRole: null, leaving: true);
        }
    }

    private static EntityNotFoundException NotFound(Guid id) => new(SecurityActions.OrganizationEntity, id);
}
