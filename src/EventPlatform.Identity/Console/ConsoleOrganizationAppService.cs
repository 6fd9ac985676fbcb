using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.PlatformConsole;

/// <summary>
/// The platform team's view of every organization. Reads across organizations run in an explicit host scope and are
/// logged (<see cref="AuditActions.HostScope"/>); every change is a security event in the organization's own log.
/// </summary>
[Authorize(Policy = ConsolePolicies.PlatformAdmin)]
public sealed class ConsoleOrganizationAppService(
    IdentityModuleDbContext db,
    IEnumerable<IOrganizationUsageProvider> usageProviders,
    ICurrentTenant currentTenant,
    IAuditLog auditLog,
    TimeProvider time) : IConsoleOrganizationAppService
{
    public async Task<PagedResult<ConsoleOrganizationDto>> GetListAsync(ConsoleOrganizationListRequest input)
    {
        var query = db.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var pattern = $"%{input.Filter.Trim()}%";
            query = query.Where(o => EF.Functions.ILike(o.Name, pattern) || EF.Functions.ILike(o.Slug, pattern));
        }

        var total = await query.LongCountAsync();
        var page = await query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip(Math.Max(0, input.Skip))
            .Take(Math.Clamp(input.Take, 1, PagedRequest.MaxPageSize))
            .ToListAsync();
        return new PagedResult<ConsoleOrganizationDto>(total, await WithUsageAsync(page, "console.organizations.list"));
    }

    public async Task<ConsoleOrganizationDto> GetAsync(Guid id) =>
        (await WithUsageAsync([await FindAsync(id)], "console.organizations.get")).Single();

    public async Task<ConsoleOrganizationDto> CreateAsync(CreateConsoleOrganizationInput input)
    {
        var slug = Organization.ValidSlug(input.Slug.Trim().ToLowerInvariant());
        // Deleted organizations keep their slug: old links must not lead to someone else.
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Slug == slug))
        {
            throw new BusinessException(IdentityErrorCodes.SlugTaken, 409).WithData("slug", slug);
        }

        User? owner = null;
        if (!string.IsNullOrWhiteSpace(input.OwnerEmail))
        {
            var normalized = input.OwnerEmail.Trim().ToUpperInvariant();
            owner = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.ErasedAt == null)
                ?? throw new BusinessException(ConsoleErrorCodes.OwnerNotFound).WithData("email", input.OwnerEmail.Trim());
        }

        var organization = new Organization(Guid.CreateVersion7(), slug, input.Name);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        using (currentTenant.Change(organization.Id))
        {
            if (owner is not null)
            {
                db.Memberships.Add(new Membership(owner.Id, OrganizationRoles.Owner));
                await db.SaveChangesAsync();
            }

            await auditLog.WriteAsync(SecurityActions.OrganizationCreated, SecurityActions.OrganizationEntity, organization.Id.ToString(),
                new { slug, by = "console", owner = owner?.Id });
        }

        return await GetAsync(organization.Id);
    }

    public Task<ConsoleOrganizationDto> SuspendAsync(Guid id) =>
        ChangeAsync(id, o => o.Suspend(time.GetUtcNow()), SecurityActions.OrganizationSuspended);

    public Task<ConsoleOrganizationDto> ReactivateAsync(Guid id) =>
        ChangeAsync(id, o => o.Reactivate(), SecurityActions.OrganizationReactivated);

    public async Task DeleteAsync(Guid id)
    {
        var organization = await FindAsync(id);
        db.Organizations.Remove(organization); // soft delete: the kernel turns it into an update
        await db.SaveChangesAsync();
        await WriteAsync(SecurityActions.OrganizationDeleted, organization);
    }

    private async Task<ConsoleOrganizationDto> ChangeAsync(Guid id, Action<Organization> change, string action)
    {
        var organization = await FindAsync(id);
        change(organization);
        await db.SaveChangesAsync();
        await WriteAsync(action, organization);
        return await GetAsync(id);
    }

    private async Task WriteAsync(string action, Organization organization)
    {
        using (currentTenant.Change(organization.Id))
        {
            await auditLog.WriteAsync(action, SecurityActions.OrganizationEntity, organization.Id.ToString(), new { organization.Slug, by = "console" });
        }
    }

    private async Task<Organization> FindAsync(Guid id) =>
        await db.Organizations.FirstOrDefaultAsync(o => o.Id == id) ?? throw new EntityNotFoundException(nameof(Organization), id);

    /// <summary>Each module's usage figures, counted across organizations in a logged host scope.</summary>
    private async Task<IReadOnlyList<ConsoleOrganizationDto>> WithUsageAsync(IReadOnlyList<Organization> organizations, string reason)
    {
        var ids = organizations.Select(o => o.Id).ToList();
        var usage = new Dictionary<string, IReadOnlyDictionary<Guid, long>>(StringComparer.Ordinal);
        using (CurrentTenant.HostScope())
        {
            foreach (var provider in usageProviders)
            {
                usage[provider.Metric] = await provider.CountAsync(ids);
            }

            await auditLog.WriteAsync(AuditActions.HostScope, SecurityActions.OrganizationEntity, ids.Count == 1 ? ids[0].ToString() : null, new { reason });
        }

        return organizations.Select(o => new ConsoleOrganizationDto(
                o.Id, o.Slug, o.Name, o.CreatedAt, o.SuspendedAt,
                usage.ToDictionary(u => u.Key, u => u.Value.GetValueOrDefault(o.Id))))
            .ToList();
    }
}
