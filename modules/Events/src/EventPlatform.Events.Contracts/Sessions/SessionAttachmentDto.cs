namespace EventPlatform.Events.Sessions;

public sealed record SessionAttachmentDto(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);
