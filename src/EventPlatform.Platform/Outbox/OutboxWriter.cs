using System.Text.Json;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Events;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Platform.Outbox;

internal static class OutboxWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage ToMessage(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        var info = AmbientContext.Info;
        return new OutboxMessage(
            integrationEvent.EventId,
            type.AssemblyQualifiedName ?? type.FullName!,
            JsonSerializer.Serialize(integrationEvent, type, Json),
            CurrentTenant.CurrentId,
            info.UserId,
            info.CorrelationId,
            integrationEvent.OccurredAt);
    }
}
