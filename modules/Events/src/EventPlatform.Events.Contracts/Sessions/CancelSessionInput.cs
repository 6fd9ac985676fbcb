namespace EventPlatform.Events.Sessions;

public sealed record CancelSessionInput(string? Reason = null);
