using System.Text.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Identity.Gdpr;

/// <summary>Collects every module's <see cref="IPersonalDataProvider"/> section for one user and logs the download.</summary>
public sealed class PersonalDataExporter(IEnumerable<IPersonalDataProvider> providers, IAuditLog auditLog, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PersonalDataExportDto> ExportAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var sections = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        // A user's rows sit in every organization they joined: read them across tenants, by user id only.
        using (CurrentTenant.HostScope())
        {
            foreach (var provider in providers)
            {
                if (await provider.GetPersonalDataAsync(userId, cancellationToken) is { } data)
                {
                    sections[provider.Section] = JsonSerializer.SerializeToElement(data, Json);
                }
            }
        }

        await auditLog.WriteAsync(SecurityActions.PersonalDataExported, SecurityActions.UserEntity, userId.ToString(),
            new { sections = sections.Keys }, cancellationToken);
        return new PersonalDataExportDto(userId, time.GetUtcNow(), sections);
    }
}
