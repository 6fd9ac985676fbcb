using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Events.Services;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Public;

/// <summary>
/// Reads published events for visitors. Every read enters the organization named by its slug first, so the
/// tenant filter and row-level security keep it inside that organization whatever the request's own tenant is.
/// </summary>
public sealed class PublicEventReader(EventsDbContext db, ITenantStore tenants, ICurrentTenant currentTenant, IBlobContainer<EventCovers> covers,
    IBlobContainer<Services.Agenda.SpeakerPhotos> photos, TimeProvider clock)
{
    /// <summary>How many events the sitemap and the calendar feed hold at most.</summary>
    public const int MaxListed = 1000;

    /// <summary>A published, non-deleted event (public or unlisted) by its link; 404 for anything else.</summary>
    public async Task<PublicEventView> GetAsync(string organization, string slug, CancellationToken cancellationToken = default)
    {
        var org = await FindOrganizationAsync(organization, cancellationToken);
        using var scope = currentTenant.Change(org.Id);
        var @event = await db.Events.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Slug == slug && e.Status == EventStatus.Published, cancellationToken)
            ?? throw new BusinessException(EventsErrorCodes.EventNotFound, 404).WithData("event", slug);
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Speakers)
            .Where(s => s.EventId == @event.Id)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Title)
            .ToListAsync(cancellationToken);
        var speakerIds = sessions.SelectMany(s => s.Speakers).Select(l => l.SpeakerId).Distinct().ToList();
        var speakers = await db.Speakers.AsNoTracking().Where(s => speakerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var photoUrls = new Dictionary<Guid, string>();
        foreach (var speaker in speakers.Values.Where(s => s.PhotoBlobName is not null))
        {
            photoUrls[speaker.Id] = (await photos.GetDownloadUrlAsync(speaker.PhotoBlobName!, Services.Agenda.SpeakerPhotos.UrlLifetime, cancellationToken)).ToString();
        }

        return new PublicEventView(org, @event, sessions, speakers, await CoverUrlAsync(@event, cancellationToken), photoUrls);
    }

    /// <summary>Published public events that have not ended yet, soonest first.</summary>
    public async Task<PagedResult<PublicEventCardDto>> GetUpcomingAsync(string organization, PagedRequest page, CancellationToken cancellationToken = default)
    {
        var org = await FindOrganizationAsync(organization, cancellationToken);
        using var scope = currentTenant.Change(org.Id);
        var now = clock.GetUtcNow();
        var query = Listed().Where(e => e.EndsAt >= now);
        var total = await query.LongCountAsync(cancellationToken);
        var events = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Skip(Math.Max(0, page.Skip))
            .Take(Math.Clamp(page.Take, 1, PagedRequest.MaxPageSize))
            .ToListAsync(cancellationToken);
        var cards = new List<PublicEventCardDto>(events.Count);
        foreach (var e in events)
        {
            cards.Add(new PublicEventCardDto(e.Id, org.Slug, e.Title, e.Slug, e.Type, e.Format, e.StartsAt, e.EndsAt, e.TimeZone,
                e.Summary, e.VenueName, e.City, e.Tags, await CoverUrlAsync(e, cancellationToken)));
        }

        return new PagedResult<PublicEventCardDto>(total, cards);
    }

    /// <summary>The organization's publicly listed events (past ones too, newest last) for its feed and sitemap.</summary>
    public async Task<(TenantInfo Organization, IReadOnlyList<Event> Events)> GetListedAsync(string organization, CancellationToken cancellationToken = default)
    {
        var org = await FindOrganizationAsync(organization, cancellationToken);
        using var scope = currentTenant.Change(org.Id);
        var events = await Listed().OrderByDescending(e => e.StartsAt).Take(MaxListed).ToListAsync(cancellationToken);
        return (org, events.OrderBy(e => e.StartsAt).ToList());
    }

    // Same rule as Event.IsListedPublicly, in SQL; the soft-delete filter leaves deleted events out.
    private IQueryable<Event> Listed() =>
        db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published && e.Visibility == EventVisibility.Public);

    private Task<TenantInfo> FindOrganizationAsync(string slug, CancellationToken cancellationToken) =>
        tenants.GetVisibleAsync(slug, cancellationToken);

    private async Task<string?> CoverUrlAsync(Event e, CancellationToken cancellationToken) =>
        e.CoverImageBlobName is { } blob ? (await covers.GetDownloadUrlAsync(blob, EventCovers.UrlLifetime, cancellationToken)).ToString() : null;
}
