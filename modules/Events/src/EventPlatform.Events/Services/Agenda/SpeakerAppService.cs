using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Speakers;
using EventPlatform.Events.Text;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Blobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>The organization's speakers; photos are uploaded in-process or through <see cref="AgendaEndpoints"/>.</summary>
[Authorize(EventsPermissions.Events.Read)]
public sealed class SpeakerAppService(
    EventsDbContext db,
    EventLookup lookup,
    PublicListingWriter listings,
    IPermissionChecker permissions,
    IBlobContainer<SpeakerPhotos> photos) : ISpeakerAppService
{
    public async Task<IReadOnlyList<SpeakerDto>> GetListAsync(string? filter = null)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        var query = db.Speakers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var pattern = "%" + filter.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(s => EF.Functions.ILike(s.Name, pattern) || EF.Functions.ILike(s.Company!, pattern));
        }

        var speakers = await query.OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync();
        var result = new List<SpeakerDto>(speakers.Count);
        foreach (var speaker in speakers) result.Add(await ToDtoAsync(speaker));
        return result;
    }

    public async Task<SpeakerDto> GetAsync(Guid id)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        return await ToDtoAsync(await lookup.SpeakerAsync(id));
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<SpeakerDto> CreateAsync(SpeakerInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var speaker = new Speaker(input.Name.Trim());
        Apply(speaker, input);
        db.Speakers.Add(speaker);
        await db.SaveChangesAsync();
        return await ToDtoAsync(speaker);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<SpeakerDto> UpdateAsync(Guid id, SpeakerInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var speaker = await lookup.SpeakerAsync(id);
        var renamed = speaker.Name != input.Name.Trim();
        Apply(speaker, input);
        // Speaker names are part of the public listings (search by speaker) of the events they speak at.
        if (renamed) await TouchEventsOfAsync(speaker.Id);
        await db.SaveChangesAsync();
        return await ToDtoAsync(speaker);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task DeleteAsync(Guid id)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var speaker = await lookup.SpeakerAsync(id);
        await TouchEventsOfAsync(speaker.Id);
        db.Speakers.Remove(speaker);
        await db.SaveChangesAsync();
        if (speaker.PhotoBlobName is { } photo) await photos.DeleteAsync(photo);
    }

    /// <summary>Stores a new photo (checked by <see cref="SpeakerPhotoUpload"/>) and drops the previous one.</summary>
    public async Task<SpeakerDto> ChangePhotoAsync(Guid id, SpeakerPhotoUpload upload, CancellationToken cancellationToken = default)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var speaker = await lookup.SpeakerAsync(id, cancellationToken);
        var previous = speaker.PhotoBlobName;
        var name = $"{speaker.Id:N}-{Guid.CreateVersion7():N}{upload.Extension}";
        await photos.SaveAsync(name, upload.Content, upload.ContentType, cancellationToken);
        speaker.ChangePhoto(name);
        await db.SaveChangesAsync(cancellationToken);
        if (previous is not null) await photos.DeleteAsync(previous, cancellationToken);
        return await ToDtoAsync(speaker);
    }

    public async Task<SpeakerDto> RemovePhotoAsync(Guid id, CancellationToken cancellationToken = default)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var speaker = await lookup.SpeakerAsync(id, cancellationToken);
        if (speaker.PhotoBlobName is { } previous)
        {
            speaker.ChangePhoto(null);
            await db.SaveChangesAsync(cancellationToken);
            await photos.DeleteAsync(previous, cancellationToken);
        }

        return await ToDtoAsync(speaker);
    }

    private static void Apply(Speaker speaker, SpeakerInput input) =>
        speaker.Change(input.Name.Trim(), Blank(input.Title), Blank(input.Company), Blank(input.BioMarkdown),
            (input.SocialLinks ?? [])
                .Where(l => !string.IsNullOrWhiteSpace(l.Url))
                .Select(l => new SocialLink(l.Network.Trim(), l.Url.Trim())));

    private async Task TouchEventsOfAsync(Guid speakerId)
    {
        var events = await db.Events
            .Where(e => db.Sessions.Any(s => s.EventId == e.Id && s.Speakers.Any(l => l.SpeakerId == speakerId)))
            .ToListAsync();
        foreach (var @event in events)
        {
            @event.Touch();
            await listings.QueueAsync(@event);
        }
    }

    private async Task<SpeakerDto> ToDtoAsync(Speaker s) => new(
        s.Id, s.Name, s.Title, s.Company, s.BioMarkdown, MarkdownText.ToHtml(s.BioMarkdown),
        s.PhotoBlobName is { } blob ? (await photos.GetDownloadUrlAsync(blob, SpeakerPhotos.UrlLifetime)).ToString() : null,
        s.SocialLinks.Select(l => new SocialLinkDto(l.Network, l.Url)).ToList());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
