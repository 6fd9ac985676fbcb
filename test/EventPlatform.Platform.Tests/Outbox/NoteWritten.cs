using EventPlatform.Platform.Events;

namespace EventPlatform.Platform.Tests.Outbox;

/// <summary>An integration event raised together with a note.</summary>
public sealed record NoteWritten(Guid NoteId, string Text) : IntegrationEvent;
