namespace EventPlatform.Platform.Auditing;

/// <summary>Action names written to the audit log. Security events use their own names.</summary>
public static class AuditActions
{
    public const string Insert = "Insert";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string SoftDelete = "SoftDelete";
    public const string HostScope = "HostScope";
}
