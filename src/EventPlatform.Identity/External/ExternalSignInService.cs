using System.Security.Claims;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Sso;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.External;

/// <summary>
/// Finishes a sign-in at Google, Microsoft or an organization's identity provider: signs in the linked account, or
/// links/creates one by e-mail — but only for an address the provider vouches for (<c>email_verified</c>, or a
/// domain the organization's single sign-on covers), so nobody takes over an account with an unconfirmed address.
/// People signing in through an organization's single sign-on with a covered address join it.
/// </summary>
public sealed class ExternalSignInService(
    SignInManager<User> signIn,
    UserManager<User> users,
    IdentityModuleDbContext db,
    IAuditLog auditLog)
{
    public async Task<ExternalSignInOutcome> CompleteAsync(ExternalLoginInfo info, CancellationToken cancellationToken = default)
    {
        var organization = EnterpriseSsoSchemes.OrganizationOf(info.LoginProvider);
        var connection = organization is { } org ? await ConnectionOfAsync(org, cancellationToken) : null;
        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");

        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (user is null)
        {
            if (string.IsNullOrWhiteSpace(email)) return ExternalSignInOutcome.Failed(IdentityErrorCodes.ExternalEmailMissing);
            var vouched = connection?.Covers(email) == true || IsVerified(info.Principal);
            if (!vouched) return ExternalSignInOutcome.Failed(IdentityErrorCodes.ExternalEmailNotVerified);

            user = await users.FindByEmailAsync(email) ?? await CreateAsync(email, info.Principal);
            if (user is null) return ExternalSignInOutcome.Failed(IdentityErrorCodes.ExternalSignInFailed);
            if (!(await users.AddLoginAsync(user, info)).Succeeded) return ExternalSignInOutcome.Failed(IdentityErrorCodes.ExternalSignInFailed);
            if (!user.EmailConfirmed)
            {
                // The provider vouched for the address, which is what the confirmation mail would prove.
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }

            await auditLog.WriteAsync(SecurityActions.ExternalLoginAdded, SecurityActions.UserEntity, user.Id.ToString(),
                new { provider = ExternalProviders.DisplayName(info.LoginProvider) }, cancellationToken);
        }

        if (connection is not null && user.Email is { } address && connection.Covers(address))
        {
            await JoinAsync(user, connection, cancellationToken);
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (result.Succeeded)
        {
            await auditLog.WriteAsync(SecurityActions.SignedIn, SecurityActions.UserEntity, user.Id.ToString(),
                new { provider = ExternalProviders.DisplayName(info.LoginProvider) }, cancellationToken);
            return ExternalSignInOutcome.Success;
        }

        return result.RequiresTwoFactor ? ExternalSignInOutcome.TwoFactor : ExternalSignInOutcome.Failed(IdentityErrorCodes.ExternalSignInFailed);
    }

    private static bool IsVerified(ClaimsPrincipal principal) =>
        string.Equals(principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase)
        // Microsoft marks addresses of verified domains with xms_edov instead.
        || string.Equals(principal.FindFirstValue("xms_edov"), "true", StringComparison.OrdinalIgnoreCase);

    private async Task<User?> CreateAsync(string email, ClaimsPrincipal principal)
    {
        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name) ?? email[..email.IndexOf('@')];
        var user = new User(Guid.CreateVersion7(), email, name, DateTimeOffset.UtcNow) { EmailConfirmed = true };
        if (!(await users.CreateAsync(user)).Succeeded) return null;
        await auditLog.WriteAsync(SecurityActions.SignedUp, SecurityActions.UserEntity, user.Id.ToString(), new { external = true });
        return user;
    }

    private async Task JoinAsync(User user, EnterpriseSsoConnection connection, CancellationToken cancellationToken)
    {
        using (new CurrentTenant().Change(connection.TenantId))
        {
            if (await db.Memberships.AnyAsync(m => m.UserId == user.Id, cancellationToken)) return;
            db.Memberships.Add(new Membership(user.Id, connection.JoinRole));
            await db.SaveChangesAsync(cancellationToken);
            await auditLog.WriteAsync(SecurityActions.MemberJoined, SecurityActions.OrganizationEntity, connection.TenantId.ToString(),
                new { user = user.Id, role = connection.JoinRole, via = "sso" }, cancellationToken);
        }

        if (user.SelectedOrganizationId is null)
        {
            user.SelectedOrganizationId = connection.TenantId;
            await users.UpdateAsync(user);
        }
    }

    private async Task<EnterpriseSsoConnection?> ConnectionOfAsync(Guid organization, CancellationToken cancellationToken)
    {
        using (new CurrentTenant().Change(organization))
        {
            return await db.EnterpriseSsoConnections.AsNoTracking().FirstOrDefaultAsync(c => c.IsEnabled, cancellationToken);
        }
    }
}
