using System.Text;
using Microsoft.AspNetCore.Mvc;
using EventPlatform.Events.Public.Calendars;

namespace EventPlatform.Events.Pages.Public;

/// <summary>File answers of the public calendar and sitemap routes.</summary>
internal static class CalendarFiles
{
    public static FileContentResult Ics(string content, string fileName) =>
        new(Encoding.UTF8.GetBytes(content), EventCalendarWriter.ContentType + "; charset=utf-8") { FileDownloadName = fileName };

    public static ContentResult Xml(string content) =>
        new() { Content = content, ContentType = "application/xml; charset=utf-8", StatusCode = 200 };
}
