using System.Globalization;

namespace EventPlatform.Events.Pages.Manage.Agenda;

/// <summary>How the agenda pages write times and sizes, in the reader's culture.</summary>
public static class AgendaFormat
{
    /// <summary>The value a <c>datetime-local</c> input expects, whatever the culture.</summary>
    public static string InputValue(DateTime? local) =>
        local?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "";

    public static string Day(DateTime local) => local.ToString("D", CultureInfo.CurrentCulture);

    public static string Time(DateTime local) => local.ToString("t", CultureInfo.CurrentCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Format(CultureInfo.CurrentCulture, "{0} B", bytes),
        < 1024 * 1024 => string.Format(CultureInfo.CurrentCulture, "{0:0.#} KB", bytes / 1024.0),
        _ => string.Format(CultureInfo.CurrentCulture, "{0:0.#} MB", bytes / 1024.0 / 1024.0),
    };

    /// <summary>The short name of a file type for people ("PDF", "PNG").</summary>
    public static string Type(string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        "image/png" => "PNG",
        "image/jpeg" => "JPEG",
        "image/webp" => "WebP",
        "application/zip" => "ZIP",
        "text/plain" => "TXT",
        _ => contentType,
    };
}
