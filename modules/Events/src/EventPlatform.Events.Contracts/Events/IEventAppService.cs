using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Events;

/// <summary>The current organization's events (read: <see cref="EventsPermissions.Events.Read"/>, change: <see cref="EventsPermissions.Events.Manage"/>).</summary>
public interface IEventAppService : IApplicationService
{
    Task<PagedResult<EventListItemDto>> GetListAsync(EventListRequest input);

    Task<EventDto> GetAsync(Guid id);

    Task<EventDto> CreateAsync(EventInput input);

    /// <summary>Edits one event; for an occurrence of a series, <paramref name="scope"/> says whether later ones change too.</summary>
    Task<EventDto> UpdateAsync(Guid id, EventInput input, SeriesEditScope scope = SeriesEditScope.ThisOccurrence);

    Task<EventDto> PublishAsync(Guid id);

    Task<EventDto> UnpublishAsync(Guid id);

    Task<EventDto> ArchiveAsync(Guid id);

    Task<EventDto> RestoreAsync(Guid id);

    /// <summary>Moves the event to the recycle bin (soft delete); <see cref="UndeleteAsync"/> brings it back.</summary>
    Task DeleteAsync(Guid id);

    Task<EventDto> UndeleteAsync(Guid id);

    /// <summary>Removes a deleted event and everything in it for good (owners; <paramref name="input"/> repeats its slug).</summary>
    Task PurgeAsync(Guid id, PurgeEventInput input);

    /// <summary>A draft copy with its sessions and speaker links, starting at <see cref="CloneEventInput.StartLocal"/>.</summary>
    Task<EventDto> CloneAsync(Guid id, CloneEventInput input);

    /// <summary>Whether a slug is free in the organization (for the editor, as the organizer types).</summary>
    Task<SlugAvailabilityDto> CheckSlugAsync(string slug, Guid? exceptId = null);
}
