using EventPlatform.Events.Data;
using EventPlatform.Events.Services;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Editor;

/// <summary>Stores and removes an event's cover image (blob container <see cref="EventCovers"/>); the editor page calls it in-process.</summary>
public sealed class EventCoverService(
    EventsDbContext db,
    EventLookup lookup,
    IBlobContainer<EventCovers> covers,
    PublicListingWriter listings,
    IPermissionChecker permissions)
{
    public async Task ChangeAsync(Guid eventId, CoverUpload upload, CancellationToken cancellationToken = default)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var @event = await FindAsync(eventId, cancellationToken);
        var previous = @event.CoverImageBlobName;
        var name = $"{@event.Id:N}/{Guid.NewGuid():N}{upload.Extension}";
        @event.ChangeCoverImage(name);
        await covers.SaveAsync(name, upload.Content, upload.ContentType, cancellationToken);
        await listings.QueueAsync(@event, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (previous is not null) await covers.DeleteAsync(previous, cancellationToken);
    }

    public async Task RemoveAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var @event = await FindAsync(eventId, cancellationToken);
        if (@event.CoverImageBlobName is not { } previous) return;
        @event.ChangeCoverImage(null);
        await listings.QueueAsync(@event, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await covers.DeleteAsync(previous, cancellationToken);
    }

    private Task<Domain.Event> FindAsync(Guid id, CancellationToken cancellationToken) =>
        lookup.EventAsync(id, cancellationToken: cancellationToken);
}
