using System.Globalization;
using EventPlatform.Platform.Settings;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>The storage quota of session files; set per organization (tenant) or for the whole platform (global).</summary>
public sealed class AgendaSettingDefinitionProvider : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(EventsSettings.AttachmentQuotaBytes, EventsSettings.DefaultAttachmentQuotaBytes.ToString(CultureInfo.InvariantCulture),
            SettingScopes.Global | SettingScopes.Tenant),
    ];
}
