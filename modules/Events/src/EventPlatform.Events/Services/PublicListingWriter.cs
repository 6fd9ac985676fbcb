using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Public;
using EventPlatform.Events.Text;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Services;

/// <summary>
/// Queues <see cref="PublicEventChanged"/> with the event's public listing (or null once it is no longer listed),
/// so the search index and feeds follow every change. Call before <c>SaveChanges</c>: it commits with the change.
/// </summary>
public sealed class PublicListingWriter(EventsDbContext db, ITenantStore tenants, IBlobContainer<EventCovers> covers)
{
    public async Task QueueAsync(Event @event, CancellationToken cancellationToken = default)
    {
        // A removed event is still IsDeleted = false here: the kernel turns the removal into a soft delete on save.
        var removed = db.Entry(@event).State == EntityState.Deleted;
        var listing = @event.IsListedPublicly && !removed ? await ListingOfAsync(@event, cancellationToken) : null;
        db.AddIntegrationEvent(new PublicEventChanged(@event.Id, @event.TenantId, listing));
    }

    public async Task<PublicEventListing?> ListingOfAsync(Event @event, CancellationToken cancellationToken = default)
    {
        var organization = await tenants.FindByIdAsync(@event.TenantId, cancellationToken);
        if (organization is null) return null;
        var speakerNames = await (
                from session in db.Sessions
                where session.EventId == @event.Id && !session.IsCancelled
                from link in session.Speakers
                join speaker in db.Speakers on link.SpeakerId equals speaker.Id
                select speaker.Name)
            .Distinct()
            .ToListAsync(cancellationToken);
        var coverUrl = @event.CoverImageBlobName is { } blob
            ? (await covers.GetDownloadUrlAsync(blob, TimeSpan.FromDays(3650), cancellationToken)).ToString()
            : null;
        return new PublicEventListing(
            @event.Id, @event.TenantId, organization.Slug, organization.Name, @event.Title, @event.Slug, @event.Summary,
            MarkdownText.ToPlainText(@event.DescriptionMarkdown), @event.Type, @event.Format, @event.StartsAt, @event.EndsAt,
            @event.TimeZone, @event.VenueName, @event.City, @event.CountryCode, @event.Tags, speakerNames, coverUrl);
    }
}
