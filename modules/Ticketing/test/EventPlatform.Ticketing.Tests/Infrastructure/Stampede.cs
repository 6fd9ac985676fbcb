namespace EventPlatform.Ticketing.Tests.Infrastructure;

/// <summary>Starts many calls at the same moment: every call waits at a gate that opens once all are queued.</summary>
public static class Stampede
{
    public static async Task<T[]> RunAsync<T>(int callers, Func<int, Task<T>> call)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, callers).Select(async i =>
        {
            await gate.Task;
            return await call(i);
        }).ToList();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }
}
