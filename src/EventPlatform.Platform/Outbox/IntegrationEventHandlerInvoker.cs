using System.Collections.Concurrent;
using System.Reflection;
using EventPlatform.Platform.Events;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Outbox;

/// <summary>Calls every registered <see cref="IIntegrationEventHandler{TEvent}"/> for an event known only by its runtime type.</summary>
internal static class IntegrationEventHandlerInvoker
{
    private static readonly MethodInfo InvokeMethod =
        typeof(IntegrationEventHandlerInvoker).GetMethod(nameof(InvokeAllAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IntegrationEvent, CancellationToken, Task>> Invokers = new();

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
}
