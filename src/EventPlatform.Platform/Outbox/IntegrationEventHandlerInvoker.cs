using System.Collections.Concurrent;
using System.Reflection;
using EventPlatform.Platform.Events;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Outbox;

/// <summary>
/// Calls every registered <see cref="IIntegrationEventHandler{TEvent}"/> for an event known only by its runtime type, and
/// every <see cref="IIntegrationEventBatchHandler{TEvent}"/> for a list of events of one runtime type.
/// </summary>
internal static class IntegrationEventHandlerInvoker
{
    private static readonly MethodInfo InvokeMethod =
        typeof(IntegrationEventHandlerInvoker).GetMethod(nameof(InvokeAllAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo InvokeBatchMethod =
        typeof(IntegrationEventHandlerInvoker).GetMethod(nameof(InvokeAllBatchAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IntegrationEvent, CancellationToken, Task>> Invokers = new();

    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IReadOnlyList<IntegrationEvent>, CancellationToken, Task>> BatchInvokers = new();

    public static Task InvokeAsync(IServiceProvider services, IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        Invokers.GetOrAdd(integrationEvent.GetType(), static type => InvokeMethod.MakeGenericMethod(type)
                .CreateDelegate<Func<IServiceProvider, IntegrationEvent, CancellationToken, Task>>())
            (services, integrationEvent, cancellationToken);

    private static async Task InvokeAllAsync<TEvent>(IServiceProvider services, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IntegrationEvent
    {
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)integrationEvent, cancellationToken);
        }
    }

    /// <param name="integrationEvents">Events of one runtime type.</param>
    public static Task InvokeBatchAsync(IServiceProvider services, IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken) =>
        BatchInvokers.GetOrAdd(integrationEvents[0].GetType(), static type => InvokeBatchMethod.MakeGenericMethod(type)
                .CreateDelegate<Func<IServiceProvider, IReadOnlyList<IntegrationEvent>, CancellationToken, Task>>())
            (services, integrationEvents, cancellationToken);

    private static async Task InvokeAllBatchAsync<TEvent>(IServiceProvider services, IReadOnlyList<IntegrationEvent> integrationEvents,
        CancellationToken cancellationToken)
        where TEvent : IntegrationEvent
    {
        List<TEvent>? typed = null;
        foreach (var handler in services.GetServices<IIntegrationEventBatchHandler<TEvent>>())
        {
            typed ??= [.. integrationEvents.Cast<TEvent>()];
            await handler.HandleAsync(typed, cancellationToken);
        }
    }
}
