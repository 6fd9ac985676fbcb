namespace EventPlatform.Platform.Email;

/// <summary>Names of the kernel's own email templates (<c>EmailTemplates/{name}.{culture}.html</c> in this assembly).</summary>
public static class PlatformEmailTemplates
{
    /// <summary>"This is a test message from {{organization}}"; sent from the development mailbox.</summary>
    public const string Test = "Test";
}
