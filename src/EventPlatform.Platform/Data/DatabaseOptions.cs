namespace EventPlatform.Platform.Data;

/// <summary>Connection strings: <c>ConnectionStrings:Default</c> (application role) and <c>ConnectionStrings:Migrations</c> (owner role).</summary>
public static class ConnectionStringNames
{
    public const string Default = "Default";
    public const string Migrations = "Migrations";
}
