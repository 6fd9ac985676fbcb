using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Events.Domain;

/// <summary>A file attached to a session (slides, handouts); the bytes live in blob storage.</summary>
public sealed class SessionAttachment : AuditedEntity, IMultiTenant
{
    private SessionAttachment()
    {
    }

    public SessionAttachment(Guid sessionId, string fileName, string contentType, long length, string blobName)
    {
        SessionId = sessionId;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        BlobName = blobName;
    }

    public Guid TenantId { get; private set; }
    public Guid SessionId { get; private set; }
    public string FileName { get; private set; } = null!;
    public string ContentType { get; private set; } = null!;
    public long Length { get; private set; }
    public string BlobName { get; private set; } = null!;
}
