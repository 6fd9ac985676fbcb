namespace EventPlatform.Platform.Blobs;

/// <summary>Names the container of a blob marker class; without it the kebab-cased class name is used.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BlobContainerNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
