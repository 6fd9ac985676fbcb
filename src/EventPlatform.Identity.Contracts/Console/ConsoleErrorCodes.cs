namespace EventPlatform.Identity.PlatformConsole;

public static class ConsoleErrorCodes
{
    public const string OwnerNotFound = "Identity:ConsoleOwnerNotFound";
}
