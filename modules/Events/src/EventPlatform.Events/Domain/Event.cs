using EventPlatform.Events.Events;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Events.Domain;

/// <summary>
/// An event of one organization. Times are UTC instants with the IANA zone kept beside them; every change
/// the public could see raises <see cref="Sequence"/>, so calendars that subscribed pick it up.
/// </summary>
public sealed class Event : FullAuditedEntity, IMultiTenant
{
    private Event()
    {
    }

    public Event(string title, string slug, EventType type, EventFormat format, DateTimeOffset startsAt, DateTimeOffset endsAt, string timeZone)
    {
        Title = title;
        Slug = slug;
        Type = type;
        Format = format;
        StartsAt = startsAt;
        EndsAt = endsAt;
        TimeZone = timeZone;
        Status = EventStatus.Draft;
    }

    public Guid TenantId { get; private set; }
    public string Title { get; private set; } = null!;
    public string Slug { get; private set; } = null!;
    public EventType Type { get; private set; }
    public EventFormat Format { get; private set; }
    public EventVisibility Visibility { get; private set; }
    public EventStatus Status { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string TimeZone { get; private set; } = null!;
    public string? Summary { get; private set; }
    public string? DescriptionMarkdown { get; private set; }
    public string? VenueName { get; private set; }
    public string? Address { get; private set; }
    public string? City { get; private set; }
    public string? PostalCode { get; private set; }
    public string? CountryCode { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }

    /// <summary>Where online attendees join; shown only to ticket holders.</summary>
    public string? OnlineUrl { get; private set; }

    public string? ContactName { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public List<CustomField> CustomFields { get; private set; } = [];
    public string[] Tags { get; private set; } = [];

    /// <summary>Adds <c>noindex</c> to the page and keeps the event out of the sitemap.</summary>
    public bool HideFromSearchEngines { get; private set; }

    public string? CoverImageBlobName { get; private set; }
    public Guid? SeriesId { get; private set; }

    /// <summary>True once an occurrence was edited on its own, so "this and following" edits of the series leave it alone.</summary>
    public bool IsDetachedFromSeries { get; private set; }

    /// <summary>iCalendar SEQUENCE: rises with every change so subscribed calendars update.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }

    public EventLocationDto? Location => VenueName is null
        ? null
        : new EventLocationDto(VenueName, Address, City, PostalCode, CountryCode, Latitude, Longitude);

    public EventContactDto? Contact => ContactName is null && ContactEmail is null && ContactPhone is null
        ? null
        : new EventContactDto(ContactName, ContactEmail, ContactPhone);

    /// <summary>Listed in the directory, sitemap and feed: published, public, not deleted.</summary>
    public bool IsListedPublicly => Status == EventStatus.Published && Visibility == EventVisibility.Public && !IsDeleted;

    /// <summary>Anyone with the link may open it: published and not deleted (public or unlisted).</summary>
    public bool IsVisibleByLink => Status == EventStatus.Published && !IsDeleted;

    public void ChangeDetails(string title, EventType type, EventFormat format, EventVisibility visibility, string? summary,
        string? descriptionMarkdown, string? onlineUrl, bool hideFromSearchEngines, IEnumerable<string> tags)
    {
        EnsureEditable();
        Title = title;
        Type = type;
        Format = format;
        Visibility = visibility;
        Summary = summary;
        DescriptionMarkdown = descriptionMarkdown;
        OnlineUrl = onlineUrl;
        HideFromSearchEngines = hideFromSearchEngines;
        Tags = tags.ToArray();
        Sequence++;
    }

    public void ChangeSchedule(DateTimeOffset startsAt, DateTimeOffset endsAt, string timeZone)
    {
        EnsureEditable();
        StartsAt = startsAt;
        EndsAt = endsAt;
        TimeZone = timeZone;
        Sequence++;
    }

    public void ChangeLocation(EventLocationDto? location)
    {
        EnsureEditable();
        VenueName = location?.Venue;
        Address = location?.Address;
        City = location?.City;
        PostalCode = location?.PostalCode;
        CountryCode = location?.CountryCode?.ToUpperInvariant();
        Latitude = location?.Latitude;
        Longitude = location?.Longitude;
        Sequence++;
    }

    public void ChangeContact(EventContactDto? contact, IEnumerable<CustomFieldDto> customFields)
    {
        EnsureEditable();
        ContactName = contact?.Name;
        ContactEmail = contact?.Email;
        ContactPhone = contact?.Phone;
        CustomFields = customFields.Select(f => new CustomField(f.Name, f.Value)).ToList();
    }

    /// <summary>Slug uniqueness needs the other events: checked by <see cref="EventManager"/>.</summary>
    internal void ChangeSlug(string slug)
    {
        EnsureEditable();
        Slug = slug;
    }

    public void ChangeCoverImage(string? blobName)
    {
        EnsureEditable();
        CoverImageBlobName = blobName;
        Sequence++;
    }

    /// <summary>
    /// Drafts may be incomplete (the webinar link often comes late); what the public sees must say where to go.
    /// Checked on publishing and on every edit of a published event.
    /// </summary>
    public void EnsureCompleteForPublic()
    {
        if (Format != EventFormat.Online && VenueName is null) throw new BusinessException(EventsErrorCodes.VenueRequired);
        if (Format != EventFormat.InPerson && OnlineUrl is null) throw new BusinessException(EventsErrorCodes.OnlineUrlRequired);
    }

    public void Publish(DateTimeOffset now)
    {
        EnsureEditable();
        EnsureCompleteForPublic();
        if (Status == EventStatus.Published) return;
        Status = EventStatus.Published;
        PublishedAt ??= now;
        Sequence++;
    }

    public void Unpublish()
    {
        EnsureEditable();
        if (Status != EventStatus.Published) return;
        Status = EventStatus.Draft;
        Sequence++;
    }

    public void Archive(DateTimeOffset now)
    {
        EnsureNotDeleted();
        if (Status == EventStatus.Archived) return;
        Status = EventStatus.Archived;
        ArchivedAt = now;
        Sequence++;
    }

    /// <summary>Brings an archived event back as a draft; the organizer publishes it again when ready.</summary>
    public void Restore()
    {
        EnsureNotDeleted();
        if (Status != EventStatus.Archived) return;
        Status = EventStatus.Draft;
        ArchivedAt = null;
        Sequence++;
    }

    public void JoinSeries(Guid seriesId)
    {
        if (SeriesId is not null) throw new BusinessException(EventsErrorCodes.AlreadyInSeries);
        SeriesId = seriesId;
    }

    public void DetachFromSeries() => IsDetachedFromSeries = true;

    /// <summary>Something inside the event (a session) changed in a way calendars should see.</summary>
    public void Touch() => Sequence++;

    private void EnsureEditable()
    {
        EnsureNotDeleted();
        if (Status == EventStatus.Archived) throw new BusinessException(EventsErrorCodes.EventArchived, 409);
    }

    private void EnsureNotDeleted()
    {
        if (IsDeleted) throw new BusinessException(EventsErrorCodes.EventDeleted, 409);
    }
}

/// <summary>One organizer-defined fact about an event, stored with the event as JSON.</summary>
public sealed record CustomField(string Name, string Value);
