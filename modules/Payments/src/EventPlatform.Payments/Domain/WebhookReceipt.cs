using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Payments.Domain;

/// <summary>
/// A provider notification taken in, keyed by the provider's event id: a second delivery of the same event finds its
/// receipt and changes nothing. Written in the transaction that acts on the event.
/// </summary>
public sealed class WebhookReceipt : IMultiTenant
{
    private WebhookReceipt()
    {
    }

    public WebhookReceipt(string provider, string eventId, string type, DateTimeOffset receivedAt)
    {
        Provider = provider;
        EventId = eventId;
        Type = type;
        ReceivedAt = receivedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string Provider { get; private set; } = null!;
    public string EventId { get; private set; } = null!;
    public string Type { get; private set; } = null!;
    public DateTimeOffset ReceivedAt { get; private set; }
}
