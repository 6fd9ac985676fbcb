using EventPlatform.Platform.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventPlatform.Platform.Outbox;

public static class OutboxModule
{
    /// <summary>The outbox dispatcher; it runs in this process only when <c>Outbox:Enabled</c>.</summary>
    public static WebApplicationBuilder AddPlatformOutbox(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OutboxOptions.SectionName);
        builder.Services.Configure<OutboxOptions>(section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxDispatcher>();
        if ((section.Get<OutboxOptions>() ?? new OutboxOptions()).Enabled)
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        }

        return builder;
    }

    /// <summary>Subscribes <typeparamref name="THandler"/> (scoped; must be idempotent) to <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIntegrationEventHandler<TEvent>, THandler>());
        return services;
    }

    /// <summary>Subscribes <typeparamref name="THandler"/> (scoped; must be idempotent) to <typeparamref name="TEvent"/>, a pass's events of one tenant at a time.</summary>
    public static IServiceCollection AddIntegrationEventBatchHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventBatchHandler<TEvent>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIntegrationEventBatchHandler<TEvent>, THandler>());
        return services;
    }
}
