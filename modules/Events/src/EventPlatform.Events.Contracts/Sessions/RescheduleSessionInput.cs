namespace EventPlatform.Events.Sessions;

public sealed record RescheduleSessionInput(DateTime StartLocal, DateTime EndLocal, string? Room = null);
