using System.Text.Json;

namespace EventPlatform.Platform.Errors;

/// <summary>Field paths in error answers use the JSON names clients send: camelCase per segment.</summary>
public static class FieldNames
{
    public static string ToCamelCase(string path) =>
        path.StartsWith('$') ? path : string.Join('.', path.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
