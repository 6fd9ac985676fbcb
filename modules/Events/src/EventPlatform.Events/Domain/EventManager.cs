using EventPlatform.Events.Data;
using EventPlatform.Events.Events;
using EventPlatform.Events.Text;
using EventPlatform.Platform.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Domain;

/// <summary>Rules about an event that need other data: slugs unique in the organization, sessions within the event.</summary>
public sealed class EventManager(EventsDbContext db)
{
    /// <summary>Checks an organizer's slug, or derives a free one from the title when none is given.</summary>
    public async Task<string> ChooseSlugAsync(string? requested, string title, Guid? exceptId, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var slug = requested.Trim();
            if (!Slugs.IsValid(slug)) throw new BusinessException(EventsErrorCodes.SlugInvalid);
            if (await IsTakenAsync(slug, exceptId, cancellationToken)) throw new BusinessException(EventsErrorCodes.SlugTaken, 409).WithData("slug", slug);
            return slug;
        }

        return await FreeSlugNearAsync(Slugs.From(title), exceptId, cancellationToken);
    }

    public async Task<string> FreeSlugNearAsync(string wanted, Guid? exceptId, CancellationToken cancellationToken = default)
    {
        var stem = Slugs.IsValid(wanted) ? wanted : Slugs.From(wanted);
        if (!await IsTakenAsync(stem, exceptId, cancellationToken)) return stem;
        var prefix = stem.Length > EventConsts.MaxSlugLength - 4 ? stem[..(EventConsts.MaxSlugLength - 4)].TrimEnd('-') : stem;
        var taken = await AllEvents()
            .Where(e => e.Slug.StartsWith(prefix + "-") && e.Id != exceptId)
            .Select(e => e.Slug)
            .ToListAsync(cancellationToken);
        for (var n = 2; ; n++)
        {
            var candidate = $"{prefix}-{n}";
            if (!taken.Contains(candidate)) return candidate;
        }
    }

    public async Task<bool> IsTakenAsync(string slug, Guid? exceptId, CancellationToken cancellationToken = default) =>
        await AllEvents().AnyAsync(e => e.Slug == slug && e.Id != exceptId, cancellationToken);

    public async Task ChangeSlugAsync(Event @event, string? requested, CancellationToken cancellationToken = default)
    {
        var slug = await ChooseSlugAsync(requested ?? @event.Slug, @event.Title, @event.Id, cancellationToken);
        if (slug != @event.Slug) @event.ChangeSlug(slug);
    }

    /// <summary>A session must lie within its event.</summary>
    public static void EnsureWithinEvent(Event @event, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (endsAt <= startsAt) throw new BusinessException(EventsErrorCodes.EndBeforeStart);
        if (startsAt < @event.StartsAt || endsAt > @event.EndsAt) throw new BusinessException(EventsErrorCodes.SessionOutsideEvent);
    }

    // Deleted events keep their slug (the unique index covers them), so look past the soft-delete filter.
    private IQueryable<Event> AllEvents() => db.Events.IgnoreQueryFilters([Platform.Data.DataFilters.SoftDelete]);
}
