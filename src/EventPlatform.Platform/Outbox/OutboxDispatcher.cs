using System.Text.Json;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Events;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventPlatform.Platform.Outbox;

/// <summary>
/// Delivers the integration events of <c>platform.outbox_messages</c> after their transaction committed:
/// woken by <see cref="OutboxSignal"/> or every <see cref="OutboxOptions.PollInterval"/> seconds. Rows are
/// claimed with <c>FOR UPDATE SKIP LOCKED</c>, so any number of nodes can dispatch side by side. Delivery is
/// at least once: a crash after a handler ran but before the row was marked repeats it, and a failed
/// message is retried for every handler — so every <see cref="IIntegrationEventHandler{TEvent}"/> must be idempotent.
/// Each handler runs in the event's tenant, for the user who raised it, in a fresh DI scope.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromSeconds(options.Value.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means there may be more: go on without waiting.
                while (await DispatchPendingAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Outbox dispatch failed; trying again in {PollInterval}", pollInterval);
            }

            await OutboxSignal.WaitAsync(pollInterval, stoppingToken);
            if (!await CoalesceAsync(stoppingToken)) return;
        }
    }

    /// <summary>
    /// After a nudge, waits <see cref="OutboxOptions.CoalesceMilliseconds"/> so that the commits of a busy moment
    /// are taken by one pass (one connection, one claim) instead of one pass each. False when stopping.
    /// </summary>
    private async Task<bool> CoalesceAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.CoalesceMilliseconds;
        if (delay <= 0) return !stoppingToken.IsCancellationRequested;
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(delay), stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>One pass: claims up to <see cref="OutboxOptions.BatchSize"/> due messages, delivers them, marks them; returns how many it claimed.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        using var host = CurrentTenant.HostScope();
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var messages = await db.Set<OutboxMessage>().FromSql($"""
            SELECT * FROM platform.outbox_messages
            WHERE processed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
            ORDER BY created_at
            LIMIT {options.Value.BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (messages.Count == 0)
        {
            // Rolled back, not committed: a commit would nudge the signal and wake this loop again at once.
            return 0;
        }

        // Events of one type and tenant go to the batch handlers together, in the order they were raised.
        foreach (var group in Decode(messages).GroupBy(d => (d.Event.GetType(), d.Message.TenantId)))
        {
            await DeliverAsync(group.Key.TenantId, [.. group], cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return messages.Count;
    }

    private sealed record Delivery(OutboxMessage Message, IntegrationEvent Event);

    private IEnumerable<Delivery> Decode(List<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            IntegrationEvent integrationEvent;
            try
            {
                var type = Type.GetType(message.Type, throwOnError: true)!;
                integrationEvent = (IntegrationEvent)(JsonSerializer.Deserialize(message.Payload, type, OutboxWriter.Json)
                    ?? throw new JsonException($"Outbox message {message.Id} has an empty payload."));
            }
            catch (Exception exception)
            {
                Fail(message, exception);
                continue;
            }

            yield return new Delivery(message, integrationEvent);
        }
    }

    /// <summary>Every event's own handlers, each for the event's user; then the batch handlers once for those that got through.</summary>
    private async Task DeliverAsync(Guid? tenantId, List<Delivery> deliveries, CancellationToken cancellationToken)
    {
        using var tenant = currentTenant.Change(tenantId);
        var handled = new List<Delivery>(deliveries.Count);
        foreach (var delivery in deliveries)
        {
            try
            {
                using (AmbientContext.Use(new ExecutionInfo(delivery.Message.UserId, null, delivery.Message.CorrelationId)))
                {
                    await using var handlerScope = scopeFactory.CreateAsyncScope();
                    await IntegrationEventHandlerInvoker.InvokeAsync(handlerScope.ServiceProvider, delivery.Event, cancellationToken);
                }

                handled.Add(delivery);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Fail(delivery.Message, exception);
            }
        }

        if (handled.Count == 0) return;
        try
        {
            await using var batchScope = scopeFactory.CreateAsyncScope();
            await IntegrationEventHandlerInvoker.InvokeBatchAsync(batchScope.ServiceProvider, [.. handled.Select(d => d.Event)], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            foreach (var delivery in handled) Fail(delivery.Message, exception);
            return;
        }

        var now = time.GetUtcNow();
        foreach (var delivery in handled) delivery.Message.MarkProcessed(now);
    }

    private void Fail(OutboxMessage message, Exception exception)
    {
        logger.LogError(exception, "Integration event {MessageId} ({Type}) failed on attempt {Attempt}", message.Id, message.Type, message.Attempts + 1);
        message.MarkFailed($"{exception.GetType().FullName}: {exception.Message}", time.GetUtcNow());
    }
}
