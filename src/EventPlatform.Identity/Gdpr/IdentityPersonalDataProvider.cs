using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Gdpr;

/// <summary>The Identity module's section: the account, memberships, consents, external sign-ins and claims.</summary>
public sealed class IdentityPersonalDataProvider(IdentityModuleDbContext db) : IPersonalDataProvider
{
    public string Section => "identity";

    public async Task<object?> GetPersonalDataAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return null;

        // Memberships live in every organization: the export runs in the host scope.
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Organizations, m => m.TenantId, o => o.Id, (m, o) => new { organizationId = o.Id, organization = o.Name, slug = o.Slug, role = m.Role, since = m.CreatedAt })
            .ToListAsync(cancellationToken);
        var consents = await db.Set<UserConsent>().AsNoTracking()
            .Where(c => c.UserId == userId)
            .OrderBy(c => c.At)
            .Select(c => new { kind = c.Kind, granted = c.Granted, version = c.Version, at = c.At })
            .ToListAsync(cancellationToken);
        var logins = await db.Set<IdentityUserLogin<Guid>>().AsNoTracking()
            .Where(l => l.UserId == userId)
            .Select(l => new { provider = l.LoginProvider, displayName = l.ProviderDisplayName, key = l.ProviderKey })
            .ToListAsync(cancellationToken);
        var claims = await db.Set<IdentityUserClaim<Guid>>().AsNoTracking()
            .Where(c => c.UserId == userId)
            .Select(c => new { type = c.ClaimType, value = c.ClaimValue })
            .ToListAsync(cancellationToken);

        return new
        {
            account = Account(user),
            memberships,
            consents,
            externalLogins = logins,
            claims,
        };
    }

    private static object Account(User user) => new
    {
        id = user.Id,
        email = user.Email,
        emailConfirmed = user.EmailConfirmed,
        displayName = user.DisplayName,
        phoneNumber = user.PhoneNumber,
        phoneNumberConfirmed = user.PhoneNumberConfirmed,
        preferredCulture = user.PreferredCulture,
        timeZone = user.TimeZone,
        avatar = user.AvatarBlobName,
        notifyEventReminders = user.NotifyEventReminders,
        notifyProductNews = user.NotifyProductNews,
        twoFactorEnabled = user.TwoFactorEnabled,
        selectedOrganizationId = user.SelectedOrganizationId,
        createdAt = user.CreatedAt,
    };
}
