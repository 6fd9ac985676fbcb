namespace EventPlatform.Events.Events;

/// <summary>Everything the editor sets on an event. Times are local to <see cref="TimeZone"/> (an IANA id).</summary>
/// <param name="Slug">Null lets the service derive one from the title.</param>
/// <param name="OnlineUrl">Shown only to ticket holders.</param>
public sealed record EventInput(
    string Title,
    EventType Type,
    EventFormat Format,
    DateTime StartLocal,
    DateTime EndLocal,
    string TimeZone,
    string? Slug = null,
    string? Summary = null,
    string? DescriptionMarkdown = null,
    EventVisibility Visibility = EventVisibility.Public,
    EventLocationDto? Location = null,
    string? OnlineUrl = null,
    EventContactDto? Contact = null,
    IReadOnlyList<CustomFieldDto>? CustomFields = null,
    IReadOnlyList<string>? Tags = null,
    bool HideFromSearchEngines = false);
