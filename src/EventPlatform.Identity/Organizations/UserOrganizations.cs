using EventPlatform.Identity.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Organizations;

/// <summary>
/// The organizations a user belongs to. Memberships live in each organization's rows, so this one query crosses
/// organizations in the host scope — limited to the given user's own memberships.
/// </summary>
public sealed class UserOrganizations(IdentityModuleDbContext db)
{
    public async Task<IReadOnlyList<MyOrganizationDto>> ListAsync(Guid userId, Guid? selected, CancellationToken cancellationToken = default)
    {
        using (CurrentTenant.HostScope())
        {
            return await (
                    from m in db.Memberships.AsNoTracking()
                    join o in db.Organizations.AsNoTracking() on m.TenantId equals o.Id
                    where m.UserId == userId
                    orderby o.Name
                    select new MyOrganizationDto(o.Id, o.Slug, o.Name, m.Role, o.Id == selected))
                .ToListAsync(cancellationToken);
        }
    }
}
