using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventPlatform.Platform.Outbox;

/// <summary>Wakes the outbox dispatcher once a save or a transaction has committed.</summary>
public sealed class OutboxCommitInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public static OutboxCommitInterceptor Instance { get; } = new();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) OutboxSignal.Notify();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) OutboxSignal.Notify();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OutboxSignal.Notify();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OutboxSignal.Notify();
        return Task.CompletedTask;
    }
}

/// <summary>A process-wide nudge: "there may be new outbox rows". Dispatchers also poll, so a lost nudge costs only latency.</summary>
public static class OutboxSignal
{
    private static TaskCompletionSource _next = NewSource();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    public static Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        Volatile.Read(ref _next).Task.WaitAsync(timeout, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
}
