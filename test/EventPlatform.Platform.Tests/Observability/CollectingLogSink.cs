using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace EventPlatform.Platform.Tests.Observability;

/// <summary>Keeps the host's log events; Serilog picks up sinks registered in DI (<c>ReadFrom.Services</c>).</summary>
public sealed class CollectingLogSink : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
