namespace EventPlatform.Events.Sessions;

public static class SessionConsts
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxRoomLength = 100;
    public const int MaxCapacity = 1_000_000;
    public const int MaxFileNameLength = 255;
    public const long MaxAttachmentBytes = 20 * 1024 * 1024;

    /// <summary>Attachment types an organizer may upload; checked against the file's own signature, not its name.</summary>
    public static readonly IReadOnlyList<string> AllowedAttachmentTypes =
        ["application/pdf", "image/png", "image/jpeg", "image/webp", "text/plain", "application/zip"];
}
