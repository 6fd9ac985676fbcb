using System.Text.Json;

namespace EventPlatform.Identity.Gdpr;

/// <summary>Everything the platform holds about a user: one JSON section per module.</summary>
public sealed record PersonalDataExportDto(Guid UserId, DateTimeOffset ExportedAt, IReadOnlyDictionary<string, JsonElement> Sections);
