namespace EventPlatform.Platform.Localization;

/// <summary>
/// Marks a module's localization resource. Its texts are the embedded files
/// <c>Localization/{Name}/{culture}.json</c> of the marker's assembly; error codes starting with
/// <c>{Name}:</c> are looked up in it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LocalizationResourceAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
