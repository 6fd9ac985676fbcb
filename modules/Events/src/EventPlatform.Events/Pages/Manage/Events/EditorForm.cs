using EventPlatform.Events.Events;

namespace EventPlatform.Events.Pages.Manage.Events;

/// <summary>The editor's fields, flat so each step can post only its own; converts to and from the app service's records.</summary>
public sealed class EditorForm
{
    public string? Title { get; set; }
    public EventType Type { get; set; } = EventType.Conference;
    public EventFormat Format { get; set; } = EventFormat.InPerson;
    public EventVisibility Visibility { get; set; } = EventVisibility.Public;
    public string? Summary { get; set; }
    public string? DescriptionMarkdown { get; set; }
    public DateTime? StartLocal { get; set; }
    public DateTime? EndLocal { get; set; }
    public string? TimeZone { get; set; }
    public string? Venue { get; set; }
    public string? Address { get; set; }
    public string? City { get; set; }
    public string? PostalCode { get; set; }
    public string? CountryCode { get; set; }

    /// <summary>Text, parsed with the invariant culture: a number input always sends "50.94", whatever the page's language.</summary>
    public string? Latitude { get; set; }

    public string? Longitude { get; set; }
    public string? OnlineUrl { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public List<CustomFieldRow> CustomFields { get; set; } = [];
    public string? Tags { get; set; }
    public string? Slug { get; set; }
    public bool HideFromSearchEngines { get; set; }

    public static EditorForm From(EventDto e) => new()
    {
        Title = e.Title, Type = e.Type, Format = e.Format, Visibility = e.Visibility, Summary = e.Summary,
        DescriptionMarkdown = e.DescriptionMarkdown, StartLocal = e.StartLocal, EndLocal = e.EndLocal, TimeZone = e.TimeZone,
        Venue = e.Location?.Venue, Address = e.Location?.Address, City = e.Location?.City, PostalCode = e.Location?.PostalCode,
        CountryCode = e.Location?.CountryCode, Latitude = Text(e.Location?.Latitude), Longitude = Text(e.Location?.Longitude),
        OnlineUrl = e.OnlineUrl, ContactName = e.Contact?.Name, ContactEmail = e.Contact?.Email, ContactPhone = e.Contact?.Phone,
        CustomFields = e.CustomFields.Select(f => new CustomFieldRow { Name = f.Name, Value = f.Value }).ToList(),
        Tags = string.Join(", ", e.Tags), Slug = e.Slug, HideFromSearchEngines = e.HideFromSearchEngines,
    };

    public EventInput ToInput() => new(
        Title ?? "", Type, Format, StartLocal ?? default, EndLocal ?? default, TimeZone ?? "", Blank(Slug), Blank(Summary),
        Blank(DescriptionMarkdown), Visibility,
        Blank(Venue) is null && Blank(Address) is null && Blank(City) is null && Blank(Latitude) is null
            ? null
            : new EventLocationDto(Venue?.Trim() ?? "", Blank(Address), Blank(City), Blank(PostalCode), Blank(CountryCode), Number(Latitude), Number(Longitude)),
        Blank(OnlineUrl),
        Blank(ContactName) is null && Blank(ContactEmail) is null && Blank(ContactPhone) is null
            ? null
            : new EventContactDto(Blank(ContactName), Blank(ContactEmail), Blank(ContactPhone)),
        CustomFields.Where(f => Blank(f.Name) is not null || Blank(f.Value) is not null).Select(f => new CustomFieldDto(f.Name?.Trim() ?? "", f.Value?.Trim() ?? "")).ToList(),
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        HideFromSearchEngines);

    /// <summary>Adds an error beside a coordinate that is not a number; true when both are fine.</summary>
    public bool TryParseCoordinates(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string message)
    {
        var valid = true;
        foreach (var (name, value) in new[] { (nameof(Latitude), Latitude), (nameof(Longitude), Longitude) })
        {
            if (Blank(value) is null || Number(value) is not null) continue;
            modelState.AddModelError($"Input.{name}", message);
            valid = false;
        }

        return valid;
    }

    private static double? Number(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Text(double? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class CustomFieldRow
{
    public string? Name { get; set; }
    public string? Value { get; set; }
}
