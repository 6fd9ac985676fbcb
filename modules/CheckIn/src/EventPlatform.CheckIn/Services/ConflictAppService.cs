using EventPlatform.CheckIn.Conflicts;
using EventPlatform.CheckIn.Data;
using EventPlatform.CheckIn.Domain;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.CheckIn.Services;

[Authorize(CheckInPermissions.CheckIn.Supervise)]
public sealed class ConflictAppService(CheckInDbContext db, IEventCatalog events, ICurrentUser user, TimeProvider clock, IPermissionChecker permissions)
    : IConflictAppService
{
    /// <summary>Conflicts shown at once; an event with more has a bigger problem than a long page.</summary>
    private const int MaxShown = 200;

    public async Task<IReadOnlyList<ConflictDto>> GetListAsync(Guid eventId)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Supervise);
        _ = await events.FindAsync(eventId) ?? throw new BusinessException(CheckInErrorCodes.EventNotFound, 404).WithData("event", eventId);
        var flagged = await db.Scans.AsNoTracking().Where(s => s.EventId == eventId && s.IsConflict)
            .OrderBy(s => s.ConflictReviewedAt != null).ThenByDescending(s => s.ScannedAt).Take(MaxShown).ToListAsync();
        return await ToDtosAsync(flagged);
    }

    public async Task<ConflictDto> ReviewAsync(Guid id)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Supervise);
        var scan = await db.Scans.FirstOrDefaultAsync(s => s.Id == id && s.IsConflict)
            ?? throw new BusinessException(CheckInErrorCodes.ScanNotFound, 404).WithData("scan", id);
        if (scan.ConflictReviewedAt is null)
        {
            scan.ReviewConflict(clock.GetUtcNow(), Scanner.Limit(user.Name));
            await db.SaveChangesAsync();
        }

        return (await ToDtosAsync([scan]))[0];
    }

    /// <summary>Each conflict with the entry it collided with: the admitting scan of the same ticket on the same list.</summary>
    private async Task<IReadOnlyList<ConflictDto>> ToDtosAsync(IReadOnlyList<Scan> flagged)
    {
        var listIds = flagged.Select(s => s.ListId).Distinct().ToList();
        var ticketIds = flagged.Select(s => s.TicketId).Distinct().ToList();
        var names = await db.Lists.AsNoTracking().Where(l => listIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name);
        var admitting = await db.Scans.AsNoTracking()
            .Where(s => listIds.Contains(s.ListId) && ticketIds.Contains(s.TicketId) && s.Outcome == ScanOutcome.Valid && s.Direction == ScanDirection.Entry)
            .Select(s => new { s.Id, s.ListId, s.TicketId, s.ScannedAt, s.UserName }).ToListAsync();
        return flagged.Select(s =>
        {
            var listName = names.GetValueOrDefault(s.ListId, "");
            // The entry the server counted is the one it reported to the offline scan (its time), or else the latest before it.
            var other = admitting.Where(a => a.ListId == s.ListId && a.TicketId == s.TicketId)
                .OrderBy(a => a.ScannedAt == s.FirstEntryAt ? 0 : 1).ThenByDescending(a => a.ScannedAt).FirstOrDefault();
            return new ConflictDto(s.Id, s.TicketId ?? Guid.Empty, s.AttendeeName ?? "", s.TicketTypeName ?? "", s.OrderNumber ?? "",
                new ConflictEntryDto(s.Id, listName, s.ScannedAt, s.UserName),
                new ConflictEntryDto(other?.Id, listName, s.FirstEntryAt ?? other?.ScannedAt ?? s.ScannedAt, s.FirstEntryBy ?? other?.UserName),
                s.ConflictReviewedAt, s.ConflictReviewedBy);
        }).ToList();
    }
}
