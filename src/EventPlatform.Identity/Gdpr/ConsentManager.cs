using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.Gdpr;

/// <summary>Records consents (sign-up calls <see cref="RecordAsync"/> for the terms) and reads the ones in force.</summary>
public sealed class ConsentManager(IdentityModuleDbContext db, IAuditLog auditLog, IOptions<GdprOptions> options, TimeProvider time)
{
    public string CurrentTermsVersion => options.Value.TermsVersion;

    /// <summary>Adds the decision and writes <see cref="SecurityActions.ConsentChanged"/>. Terms are recorded with the current version.</summary>
    public async Task RecordAsync(Guid userId, string kind, bool granted, CancellationToken cancellationToken = default)
    {
        if (!ConsentKinds.All.Contains(kind)) throw new BusinessException(GdprErrorCodes.UnknownConsent).WithData("kind", kind);
        var version = kind == ConsentKinds.Terms ? CurrentTermsVersion : null;
        db.Set<UserConsent>().Add(new UserConsent(userId, kind, granted, version, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await auditLog.WriteAsync(SecurityActions.ConsentChanged, SecurityActions.UserEntity, userId.ToString(),
            new { kind, granted, version }, cancellationToken);
    }

    /// <summary>The decision in force for every kind; kinds never decided are reported as not granted.</summary>
    public async Task<IReadOnlyList<ConsentDto>> CurrentAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<UserConsent>().AsNoTracking()
            .Where(c => c.UserId == userId)
            .OrderBy(c => c.At).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return ConsentKinds.All
            .Select(kind => rows.LastOrDefault(r => r.Kind == kind) is { } latest
                ? new ConsentDto(kind, latest.Granted, latest.Version, latest.At)
                : new ConsentDto(kind, false, null, null))
            .ToList();
    }
}
