using System.Globalization;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Sessions;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Settings;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>
/// Files attached to sessions: uploads checked by <see cref="SessionFileUpload"/> and counted against the organization's
/// storage quota, downloads through the blob container's expiring signed URL. Not an auto-API service: uploads are
/// streams, mapped as multipart by <see cref="AgendaEndpoints"/> and called in-process by the pages.
/// </summary>
public sealed class SessionAttachmentService(
    EventsDbContext db,
    EventLookup lookup,
    PublicListingWriter listings,
    IPermissionChecker permissions,
    ISettingProvider settings,
    IBlobContainer<SessionFiles> files)
{
    public static readonly TimeSpan DownloadUrlLifetime = TimeSpan.FromMinutes(10);

    public async Task<SessionAttachmentDto> UploadAsync(Guid sessionId, SessionFileUpload upload, CancellationToken cancellationToken = default)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One upload at a time per organization, so two uploads cannot both fit into the last free megabytes.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({QuotaLockKey()})", cancellationToken);
        var (session, @event) = await lookup.SessionWithEventAsync(sessionId, cancellationToken);
        var quota = await QuotaBytesAsync(cancellationToken);
        var used = await db.SessionAttachments.SumAsync(a => (long?)a.Length, cancellationToken) ?? 0;
        if (used + upload.Length > quota)
        {
            throw new BusinessException(EventsErrorCodes.StorageQuotaExceeded).WithData("quota", Megabytes(quota));
        }

        var blobName = $"{session.Id:N}/{Guid.CreateVersion7():N}{Path.GetExtension(upload.FileName)}";
        await files.SaveAsync(blobName, upload.Content, upload.ContentType, cancellationToken);
        var attachment = new SessionAttachment(session.Id, upload.FileName, upload.ContentType, upload.Length, blobName);
        // Added through the set: its id is set already, so found through the navigation EF would take it for an existing row.
        db.SessionAttachments.Add(attachment);
        @event.Touch();
        await listings.QueueAsync(@event, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The row never made it: do not leave its bytes behind, then report the original failure.
            await files.DeleteAsync(blobName, CancellationToken.None);
            throw;
        }

        return SessionMapper.ToDto(attachment);
    }

    /// <summary>A signed URL that serves the file for <see cref="DownloadUrlLifetime"/>.</summary>
    public async Task<Uri> GetDownloadUrlAsync(Guid sessionId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        var attachment = await FindAsync(sessionId, attachmentId, cancellationToken);
        return await files.GetDownloadUrlAsync(attachment.BlobName, DownloadUrlLifetime, cancellationToken);
    }

    public async Task DeleteAsync(Guid sessionId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var (session, @event) = await lookup.SessionWithEventAsync(sessionId, cancellationToken);
        var attachment = session.Attachments.FirstOrDefault(a => a.Id == attachmentId)
            ?? throw new BusinessException(EventsErrorCodes.AttachmentNotFound, 404);
        db.SessionAttachments.Remove(attachment);
        @event.Touch();
        await listings.QueueAsync(@event, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(attachment.BlobName, cancellationToken);
    }

    /// <summary>Bytes the organization stores and may store, for the upload form.</summary>
    public async Task<(long Used, long Quota)> GetUsageAsync(CancellationToken cancellationToken = default)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        var used = await db.SessionAttachments.SumAsync(a => (long?)a.Length, cancellationToken) ?? 0;
        return (used, await QuotaBytesAsync(cancellationToken));
    }

    private async Task<SessionAttachment> FindAsync(Guid sessionId, Guid attachmentId, CancellationToken cancellationToken) =>
        await db.SessionAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.SessionId == sessionId, cancellationToken)
        ?? throw new BusinessException(EventsErrorCodes.AttachmentNotFound, 404);

    private async Task<long> QuotaBytesAsync(CancellationToken cancellationToken) =>
        long.TryParse(await settings.GetOrNullAsync(EventsSettings.AttachmentQuotaBytes, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var quota)
            ? quota
            : EventsSettings.DefaultAttachmentQuotaBytes;

    // A stable 64-bit key per organization for the advisory lock; the high bits mark it as ours.
    private static long QuotaLockKey() =>
        0x5E55_0000_0000_0000L ^ BitConverter.ToInt64((CurrentTenant.CurrentId ?? Guid.Empty).ToByteArray(), 0);

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
