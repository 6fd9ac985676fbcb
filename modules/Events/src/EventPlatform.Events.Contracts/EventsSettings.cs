namespace EventPlatform.Events;

/// <summary>Names of the Events module's settings; read them with the kernel's <c>ISettingProvider</c>.</summary>
public static class EventsSettings
{
    /// <summary>Bytes of session files an organization may store in all (a tenant or global value overrides the default).</summary>
    public const string AttachmentQuotaBytes = "Events.AttachmentQuotaBytes";

    public const long DefaultAttachmentQuotaBytes = 500L * 1024 * 1024;
}
