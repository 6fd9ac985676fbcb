using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Gdpr;

/// <summary>
/// The security events the user caused or that are about the account (sign-ins, consents, downloads...), with time
/// and IP address. The audit log itself is append-only: these rows stay after an erasure, keyed by the anonymized id.
/// </summary>
public sealed class SecurityLogPersonalDataProvider(PlatformDbContext db) : IPersonalDataProvider
{
    public string Section => "securityLog";

    public async Task<object?> GetPersonalDataAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var key = userId.ToString();
        var events = await db.Set<AuditLogEntry>().AsNoTracking()
            .Where(a => a.Action.StartsWith("Security:") && (a.UserId == userId || (a.Entity == SecurityActions.UserEntity && a.EntityKey == key)))
            .OrderBy(a => a.CreatedAt)
            .Select(a => new { action = a.Action, at = a.CreatedAt, organizationId = a.TenantId, ipAddress = a.IpAddress, details = a.Changes })
            .ToListAsync(cancellationToken);
        return events.Count == 0 ? null : events;
    }
}
