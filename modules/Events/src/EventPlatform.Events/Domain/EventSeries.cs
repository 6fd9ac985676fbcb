using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Events.Domain;

/// <summary>A recurring series: the RRULE its occurrences (events with this <see cref="Event.SeriesId"/>) were generated from.</summary>
public sealed class EventSeries : AuditedEntity, IMultiTenant
{
    private EventSeries()
    {
    }

    public EventSeries(string rule, string timeZone)
    {
        Rule = rule;
        TimeZone = timeZone;
    }

    public Guid TenantId { get; private set; }

    /// <summary>RFC 5545 RRULE value, e.g. <c>FREQ=WEEKLY;INTERVAL=1;COUNT=10</c>.</summary>
    public string Rule { get; private set; } = null!;

    public string TimeZone { get; private set; } = null!;
}
