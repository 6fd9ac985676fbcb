using EventPlatform.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Gdpr;

/// <summary>Removes the user's memberships, consents, external sign-ins, claims and stored tokens (the account row is anonymized last).</summary>
public sealed class IdentityPersonalDataEraser(IdentityModuleDbContext db) : IPersonalDataEraser
{
    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        // Tracked removals, not ExecuteDelete: membership removals are audited changes like any other.
        db.Memberships.RemoveRange(await db.Memberships.Where(m => m.UserId == userId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<UserConsent>().Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<IdentityUserLogin<Guid>>().Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<IdentityUserClaim<Guid>>().Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
