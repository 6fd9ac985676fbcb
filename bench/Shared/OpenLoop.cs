using System.Diagnostics;

/// <summary>The benchmark clients' schedule: requests at a fixed rate whatever the answers (an open loop).</summary>
internal static class OpenLoop
{
    /// <summary>
    /// Sends <paramref name="count"/> requests at <paramref name="perSecond"/> from now, each given its index and the
    /// timestamp it fell due (a request's time counts from then: no coordinated omission), and <paramref name="probe"/>, if
    /// any, ten times a second beside them; returns the schedule's start once every answer is in. A thread of its own
    /// sends what fell due and sleeps a millisecond: no busy waiting, as a client shares the machine's two cores with the
    /// host and PostgreSQL, and a request leaves within about a millisecond of its time (the runtime's timers fire a few
    /// milliseconds late, and that lateness counted in every request's time).
    /// </summary>
    public static async Task<long> RunAsync(int count, double perSecond, Func<int, long, Task> send, Func<long, Task>? probe = null)
    {
        var start = Stopwatch.GetTimestamp();
        var sent = new List<Task>(count + (int)(count / perSecond * 10) + 10);
        var scheduled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dispatcher = new Thread(() =>
        {
            try
            {
                var next = 0;
                var probes = 0;
                while (next < count)
                {
                    var now = Stopwatch.GetElapsedTime(start).TotalSeconds;
                    for (; next < count && next / perSecond <= now; next++)
                    {
                        sent.Add(send(next, start + (long)(next / perSecond * Stopwatch.Frequency)));
                    }

                    for (; probe is not null && probes < now * 10; probes++)
                    {
                        sent.Add(probe(start + (long)(probes / 10.0 * Stopwatch.Frequency)));
                    }

                    if (next < count) Thread.Sleep(1);
                }

                scheduled.SetResult();
            }
            catch (Exception e)
            {
                scheduled.SetException(e);
            }
        }) { IsBackground = true, Name = "open loop" };
        dispatcher.Start();
        await scheduled.Task;
        await Task.WhenAll(sent);
        return start;
    }
}
