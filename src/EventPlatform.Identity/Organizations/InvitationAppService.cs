using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.Organizations;

public sealed class InvitationAppService(
    IdentityModuleDbContext db,
    CurrentMember caller,
    InvitationSender sender,
    IAuditLog audit,
    TimeProvider time,
    IOptions<OrganizationsOptions> options) : IInvitationAppService
{
    [Authorize(IdentityPermissions.Members.Manage)]
    public async Task<IReadOnlyList<InvitationDto>> GetListAsync()
    {
        var now = time.GetUtcNow();
        var open = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync();
        return open.Select(i => ToDto(i, now)).ToList();
    }

    [Authorize(IdentityPermissions.Members.Manage)]
    public async Task<InvitationDto> GetAsync(Guid id) => ToDto(await FindAsync(id), time.GetUtcNow());

    [Authorize(IdentityPermissions.Members.Manage)]
    public async Task<InvitationDto> CreateAsync(InviteInput input)
    {
        if (input.Role == OrganizationRoles.Owner && caller.Role != OrganizationRoles.Owner)
        {
            throw new BusinessException(IdentityErrorCodes.OnlyOwnersManageOwners, StatusCodes.Status403Forbidden);
        }

        var email = Invitation.NormalizeEmail(input.Email);
        var alreadyMember = await db.Memberships.AnyAsync(m => db.Users.Any(u => u.Id == m.UserId && u.NormalizedEmail == email.ToUpperInvariant()));
        if (alreadyMember) throw new BusinessException(IdentityErrorCodes.AlreadyMember, StatusCodes.Status409Conflict).WithData("email", email);

        var (token, hash) = InvitationToken.New();
        var invitation = new Invitation(email, input.Role, hash, time.GetUtcNow() + options.Value.InvitationLifetime);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        await audit.WriteAsync(SecurityActions.MemberInvited, SecurityActions.OrganizationEntity, invitation.TenantId.ToString(),
            new { invitation = invitation.Id, email, input.Role });
        await sender.SendAsync(invitation, token, await CallerNameAsync());
        return ToDto(invitation, time.GetUtcNow());
    }

    [Authorize(IdentityPermissions.Members.Manage)]
    public async Task<InvitationDto> ResendAsync(Guid id)
    {
        var invitation = await FindAsync(id);
        var (token, hash) = InvitationToken.New();
        var now = time.GetUtcNow();
        invitation.Renew(hash, now + options.Value.InvitationLifetime, now);
        await db.SaveChangesAsync();
        await sender.SendAsync(invitation, token, await CallerNameAsync());
        return ToDto(invitation, now);
    }

    [Authorize(IdentityPermissions.Members.Manage)]
    public async Task DeleteAsync(Guid id)
    {
        (await FindAsync(id)).Revoke(time.GetUtcNow());
        await db.SaveChangesAsync();
    }

    [AllowAnonymous]
    public async Task<InvitationPreviewDto> PreviewAsync(AcceptInvitationInput input)
    {
        var invitation = await FindByTokenAsync(input.Token);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == invitation.TenantId);
        var hasAccount = await db.Users.AnyAsync(u => u.NormalizedEmail == invitation.Email.ToUpperInvariant());
        return new InvitationPreviewDto(organization.Name, invitation.Email, invitation.Role, invitation.StatusAt(time.GetUtcNow()),
            invitation.ExpiresAt, hasAccount);
    }

    [Authorize]
    public Task<MyOrganizationDto> AcceptAsync(AcceptInvitationInput input) => AcceptForAsync(caller.UserId, input.Token);

    /// <summary>Accepts for <paramref name="userId"/>: the signed-in caller, or the account just created from the link.</summary>
    public async Task<MyOrganizationDto> AcceptForAsync(Guid userId, string? token)
    {
        var invitation = await FindByTokenAsync(token);
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        invitation.Accept(user.Id, user.Email!, time.GetUtcNow());
        if (await db.Memberships.AnyAsync(m => m.UserId == user.Id))
        {
            throw new BusinessException(IdentityErrorCodes.AlreadyMember, StatusCodes.Status409Conflict).WithData("email", user.Email);
        }

        db.Memberships.Add(new Membership(user.Id, invitation.Role));
        user.SelectedOrganizationId = invitation.TenantId;
        await db.SaveChangesAsync();
        await audit.WriteAsync(SecurityActions.MemberJoined, SecurityActions.OrganizationEntity, invitation.TenantId.ToString(),
            new { userId = user.Id, invitation = invitation.Id, invitation.Role });
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == invitation.TenantId);
        return new MyOrganizationDto(organization.Id, organization.Slug, organization.Name, invitation.Role, IsSelected: true);
    }

    private async Task<Invitation> FindAsync(Guid id) =>
        await db.Invitations.SingleOrDefaultAsync(i => i.Id == id) ?? throw new EntityNotFoundException("Invitation", id);

    // Looked up inside the organization of the link only: a token of another organization is simply not found.
    private async Task<Invitation> FindByTokenAsync(string? token)
    {
        _ = caller.OrganizationId;
        var hash = InvitationToken.Hash(token ?? "");
        return await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash)
            ?? throw new BusinessException(IdentityErrorCodes.InvitationNotFound, StatusCodes.Status404NotFound);
    }

    private async Task<string> CallerNameAsync() =>
        await db.Users.Where(u => u.Id == caller.UserId).Select(u => u.DisplayName).SingleAsync();

    private static InvitationDto ToDto(Invitation i, DateTimeOffset now) => new(i.Id, i.Email, i.Role, i.StatusAt(now), i.ExpiresAt, i.CreatedAt);
}
