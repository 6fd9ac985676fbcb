using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EventPlatform.Identity.Organizations;

/// <summary>Rules that need more than one row: unique slugs, and an organization that never loses its last Owner.</summary>
public sealed class OrganizationManager(IdentityModuleDbContext db, ICurrentTenant currentTenant, IAuditLog audit)
{
    /// <summary>Creates the organization with <paramref name="ownerId"/> as Owner and selects it for that user.</summary>
    public async Task<Organization> CreateAsync(Guid ownerId, string name, string slug, CancellationToken cancellationToken = default)
    {
        var normalized = Organization.ValidSlug(slug.Trim().ToLowerInvariant());
        // Soft-deleted organizations keep their slug: old links must not lead to someone else.
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Slug == normalized, cancellationToken)) throw SlugTaken(normalized);

        var organization = new Organization(Guid.CreateVersion7(), normalized, name);
        var owner = await db.Users.SingleAsync(u => u.Id == ownerId, cancellationToken);
        db.Organizations.Add(organization);
        using (currentTenant.Change(organization.Id))
        {
            db.Memberships.Add(new Membership(ownerId, OrganizationRoles.Owner));
            db.OrganizationBrandings.Add(new OrganizationBranding(organization.Id));
            owner.SelectedOrganizationId = organization.Id;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                throw SlugTaken(normalized); // lost a race for the same slug
            }

            await audit.WriteAsync(SecurityActions.OrganizationCreated, SecurityActions.OrganizationEntity, organization.Id.ToString(),
                new { organization.Slug }, cancellationToken);
        }

        return organization;
    }

    /// <summary>Changes a member's role in the current organization; <paramref name="actingRole"/> is the caller's.</summary>
    public async Task<Membership> ChangeRoleAsync(Guid userId, string role, string? actingRole, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var membership = await FindAsync(userId, cancellationToken);
        if ((membership.Role == OrganizationRoles.Owner || role == OrganizationRoles.Owner) && actingRole != OrganizationRoles.Owner)
        {
            throw new BusinessException(IdentityErrorCodes.OnlyOwnersManageOwners, StatusCodes.Status403Forbidden);
        }

        if (membership.Role == OrganizationRoles.Owner && role != OrganizationRoles.Owner) await EnsureAnotherOwnerAsync(cancellationToken);
        var previous = membership.Role;
        membership.ChangeRole(role);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(SecurityActions.RoleChanged, SecurityActions.OrganizationEntity, membership.TenantId.ToString(),
            new { userId, from = previous, to = role }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return membership;
    }

    /// <summary>Ends a membership in the current organization (a removal, or leaving when the caller is the member).</summary>
    public async Task RemoveAsync(Guid userId, string? actingRole, bool leaving, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var membership = await FindAsync(userId, cancellationToken);
        if (!leaving && membership.Role == OrganizationRoles.Owner && actingRole != OrganizationRoles.Owner)
        {
            throw new BusinessException(IdentityErrorCodes.OnlyOwnersManageOwners, StatusCodes.Status403Forbidden);
        }

        if (membership.Role == OrganizationRoles.Owner) await EnsureAnotherOwnerAsync(cancellationToken);
        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(SecurityActions.MemberRemoved, SecurityActions.OrganizationEntity, membership.TenantId.ToString(),
            new { userId, leaving }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Membership> FindAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Memberships.SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken)
        ?? throw new EntityNotFoundException("Member", userId);

    // Locks the Owner rows first, so two Owners demoting each other at once cannot both succeed.
    private async Task EnsureAnotherOwnerAsync(CancellationToken cancellationToken)
    {
        var owners = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM identity.memberships WHERE role = {OrganizationRoles.Owner} AND tenant_id = {currentTenant.Id} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (owners.Count < 2) throw new BusinessException(IdentityErrorCodes.LastOwner);
    }

    private static BusinessException SlugTaken(string slug) =>
        new BusinessException(IdentityErrorCodes.SlugTaken, StatusCodes.Status409Conflict).WithData("slug", slug);
}
