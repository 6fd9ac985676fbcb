namespace EventPlatform.Platform.Email;

/// <summary>One message of the development mailbox, as listed.</summary>
public sealed record MailboxEntry(string Id, string Subject, string From, string To, DateTimeOffset Date, int AttachmentCount);
