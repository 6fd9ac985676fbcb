namespace EventPlatform.Events.Public;

/// <summary>Places on the public event page where other modules add content (kernel page slots).</summary>
public static class PublicEventSlots
{
    /// <summary>Where tickets are offered; components get a <see cref="PublicEventSlotContext"/>.</summary>
    public const string Tickets = "Events.PublicEvent.Tickets";
}

/// <summary>What a component on the public event page knows about the page it is on.</summary>
public sealed record PublicEventSlotContext(Guid EventId, string OrganizationSlug, string EventSlug, string TimeZone);
