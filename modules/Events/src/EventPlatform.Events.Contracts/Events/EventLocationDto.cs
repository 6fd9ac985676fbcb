namespace EventPlatform.Events.Events;

/// <summary>A physical place; every part optional except the venue name when given at all.</summary>
public sealed record EventLocationDto(
    string Venue,
    string? Address = null,
    string? City = null,
    string? PostalCode = null,
    string? CountryCode = null,
    double? Latitude = null,
    double? Longitude = null);
