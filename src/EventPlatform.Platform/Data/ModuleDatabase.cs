namespace EventPlatform.Platform.Data;

/// <summary>Registered once per module DbContext so the migrator can find every database schema.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema, int Order);
