using EventPlatform.Platform.Text;
using System.Reflection;
using System.Text.RegularExpressions;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Http;

namespace EventPlatform.Platform.Blobs;

/// <summary>Rules for container and blob names, so that no name can leave its container's folder.</summary>
public static partial class BlobNames
{
    public const int MaxNameLength = 256;
    public const string MetadataSuffix = ".meta";

    /// <summary>Returns <paramref name="name"/> or throws <c>Platform:InvalidBlobName</c> (400).</summary>
    public static string Validate(string? name)
    {
        var valid = !string.IsNullOrEmpty(name)
            && name.Length <= MaxNameLength
            && AllowedCharacters().IsMatch(name)
            && !name.Contains("..", StringComparison.Ordinal)
            && !name.StartsWith('/') && !name.EndsWith('/') && !name.Contains("//", StringComparison.Ordinal)
            && name.Split('/').All(segment => segment != ".")
            // The content type is stored in a "{name}.meta" sidecar.
            && !name.EndsWith(MetadataSuffix, StringComparison.OrdinalIgnoreCase);
        return valid ? name! : throw new BusinessException(PlatformErrorCodes.InvalidBlobName, StatusCodes.Status400BadRequest).WithData("name", name);
    }

    /// <summary>The container of a marker class: its <see cref="BlobContainerNameAttribute"/> or its kebab-cased name.</summary>
    public static string ContainerOf(Type marker)
    {
        var name = marker.GetCustomAttribute<BlobContainerNameAttribute>()?.Name ?? KebabCase.From(marker.Name);
        return ContainerName().IsMatch(name)
            ? name
            : throw new InvalidOperationException($"Blob container name '{name}' of {marker} must be lower-case letters, digits and dashes.");
    }

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex AllowedCharacters();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
