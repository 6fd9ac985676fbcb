using EventPlatform.Identity.Data;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.SecurityLog;

/// <summary>Pages security events of the audit log, newest first, with localized action names and who acted.</summary>
public sealed class SecurityEventReader(IdentityModuleDbContext db, IStringLocalizer<IdentityResource> l)
{
    /// <summary>Security actions share this prefix (<c>Security:SignedIn</c>); value changes of entities are not listed.</summary>
    public const string ActionPrefix = "Security:";

    public IQueryable<AuditLogEntry> Events => db.Set<AuditLogEntry>().AsNoTracking().Where(e => e.Action.StartsWith(ActionPrefix));

    public async Task<PagedResult<SecurityEventDto>> PageAsync(IQueryable<AuditLogEntry> query, PagedRequest input)
    {
        var skip = Math.Max(0, input.Skip);
        var take = Math.Clamp(input.Take, 1, PagedRequest.MaxPageSize);
        var total = await query.LongCountAsync();
        var rows = await query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync();
        var actorIds = rows.Where(r => r.UserId is not null).Select(r => r.UserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var items = rows.Select(r => new SecurityEventDto(
            r.Id,
            r.Action,
            ActionText(r.Action),
            r.CreatedAt,
            r.IpAddress,
            r.UserId,
            r.UserId is { } actor && names.TryGetValue(actor, out var name) ? name : null)).ToList();
        return new PagedResult<SecurityEventDto>(total, items);
    }

    private string ActionText(string action)
    {
        var text = l[action];
        return text.ResourceNotFound ? action : text.Value;
    }
}
