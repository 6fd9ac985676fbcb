using System.IO.Compression;
using System.Text.Json;

namespace EventPlatform.Identity.Gdpr;

/// <summary>The download: a zip with <c>personal-data.json</c> (everything) and one <c>sections/{name}.json</c> per module.</summary>
public static class PersonalDataArchive
{
    public const string AllFileName = "personal-data.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static byte[] Create(PersonalDataExportDto export)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, AllFileName, export);
            foreach (var (name, section) in export.Sections)
            {
                Write(zip, $"sections/{name}.json", section);
            }
        }

        return buffer.ToArray();
    }

    private static void Write<T>(ZipArchive zip, string path, T value)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        JsonSerializer.Serialize(stream, value, Json);
    }
}
