namespace EventPlatform.Events.Events;

/// <param name="ConfirmSlug">The event's slug typed again, so nobody purges by accident.</param>
public sealed record PurgeEventInput(string ConfirmSlug);
