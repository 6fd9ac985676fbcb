using System.Globalization;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Series;

/// <summary>Recurring series: the event becomes the first occurrence, later ones are draft clones linked by the series id.</summary>
[Authorize(EventsPermissions.Events.Read)]
public sealed class SeriesAppService(
    EventsDbContext db,
    EventCloner cloner,
    IPermissionChecker permissions) : ISeriesAppService
{
    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<SeriesDto> CreateAsync(Guid eventId, CreateSeriesInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var first = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId)
            ?? throw new BusinessException(EventsErrorCodes.EventNotFound, 404).WithData("event", eventId);
        if (first.SeriesId is not null) throw new BusinessException(EventsErrorCodes.AlreadyInSeries, 409);
        if (first.Status == EventStatus.Archived) throw new BusinessException(EventsErrorCodes.EventArchived, 409);

        var zone = EventSchedule.FindZone(first.TimeZone);
        var rule = SeriesRule.Build(input, zone);
        var starts = SeriesRule.Expand(rule, EventSchedule.ToLocal(first.StartsAt, zone), zone);

        var series = new EventSeries(rule, zone.Id);
        db.Series.Add(series);
        first.JoinSeries(series.Id);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var startsAt in starts.Skip(1))
        {
            var day = EventSchedule.ToLocal(startsAt, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var slug = SlugFor(first.Slug, day);
            // Two occurrences on one day (BYHOUR) get "-2", "-3"...
            for (var n = 2; !slugs.Add(slug); n++) slug = SlugFor(first.Slug, $"{day}-{n}");
            await cloner.CloneAsync(first, first.Title, slug, startsAt, series.Id);
        }

        await db.SaveChangesAsync();
        return await GetAsync(series.Id);
    }

    public async Task<SeriesDto> GetAsync(Guid id)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id)
            ?? throw new BusinessException(EventsErrorCodes.SeriesNotFound, 404).WithData("series", id);
        var occurrences = await db.Events.AsNoTracking()
            .Where(e => e.SeriesId == id)
            .OrderBy(e => e.StartsAt)
            .Select(e => new SeriesOccurrenceDto(e.Id, e.Title, e.Slug, e.StartsAt, e.Status, e.IsDetachedFromSeries))
            .ToListAsync();
        return new SeriesDto(series.Id, series.Rule, occurrences);
    }

    // "{slug}-2027-04-15", shortened so it stays within the slug limit.
    private static string SlugFor(string slug, string day)
    {
        var room = EventConsts.MaxSlugLength - day.Length - 1;
        var stem = slug.Length > room ? slug[..room].TrimEnd('-') : slug;
        return $"{stem}-{day}";
    }
}
