using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Events;

/// <param name="Filter">Matches the title or slug.</param>
/// <param name="Status">Null lists drafts and published events; archived ones only when asked for.</param>
/// <param name="Deleted">True lists the recycle bin (soft-deleted events) instead.</param>
public sealed record EventListRequest(string? Filter = null, EventStatus? Status = null, bool Deleted = false, bool Past = false) : PagedRequest;
