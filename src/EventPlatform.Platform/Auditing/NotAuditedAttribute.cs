namespace EventPlatform.Platform.Auditing;

/// <summary>The property's values are masked in the audit log (secrets, hashes).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
