using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Outbox;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Platform.Tests.Outbox;

[Collection(PlatformCollection.Name)]
public sealed class OutboxDispatcherTests(PlatformTestFactory factory)
{
    private DeliveryLog Log => factory.Services.GetRequiredService<DeliveryLog>();

    /// <summary>A dispatcher as a freshly started node would create it.</summary>
    private OutboxDispatcher NewDispatcher(TimeSpan? clockOffset = null) => clockOffset is { } offset
        ? ActivatorUtilities.CreateInstance<OutboxDispatcher>(factory.Services, new ShiftedTimeProvider(offset))
        : ActivatorUtilities.CreateInstance<OutboxDispatcher>(factory.Services);

    /// <summary>Writes a note and its event in one SaveChanges inside <paramref name="tenant"/>, as user A.</summary>
    private async Task<NoteWritten> WriteNoteWithEventAsync(Guid tenant, bool commit = true)
    {
        using (AmbientContext.Use(new ExecutionInfo(TestData.UserA, "203.0.113.9", "corr-outbox")))
        {
            return await factory.InTenantAsync(tenant, async sp =>
            {
                var db = sp.GetRequiredService<TestDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var note = new Note("with event");
                db.Notes.Add(note);
                var written = new NoteWritten(note.Id, note.Text);
                db.AddIntegrationEvent(written);
                await db.SaveChangesAsync();
                if (commit) await transaction.CommitAsync();
                else await transaction.RollbackAsync();
                return written;
            });
        }
    }

    private Task<OutboxMessage?> FindMessageAsync(Guid eventId) =>
        factory.InTenantAsync(null, async sp =>
        {
            using (CurrentTenant.HostScope())
            {
                return await sp.GetRequiredService<PlatformDbContext>().Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == eventId);
            }
        });

    [Fact]
    public async Task Should_deliver_an_event_after_commit_in_the_tenant_and_for_the_user_that_raised_it()
    {
        using var dispatcher = NewDispatcher();
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            var written = await WriteNoteWithEventAsync(TestData.OrgA);

            var delivery = await Log.WaitForAsync(written.EventId);

            delivery.TenantId.ShouldBe(TestData.OrgA);
            delivery.UserId.ShouldBe(TestData.UserA);
            delivery.CorrelationId.ShouldBe("corr-outbox");
            delivery.NoteVisible.ShouldBeTrue();
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Should_deliver_exactly_once_what_was_committed_before_a_crash_when_a_new_dispatcher_starts()
    {
        factory.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().ShouldBeEmpty("no dispatcher may run before the 'restart'");
        var written = await WriteNoteWithEventAsync(TestData.OrgA);
        (await FindMessageAsync(written.EventId))!.ProcessedAt.ShouldBeNull();

        var restarted = NewDispatcher();
        await restarted.DispatchPendingAsync();
        await restarted.DispatchPendingAsync();

        Log.Of(written.EventId).Count.ShouldBe(1);
        (await FindMessageAsync(written.EventId))!.ProcessedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_deliver_nothing_when_the_transaction_rolls_back()
    {
        var written = await WriteNoteWithEventAsync(TestData.OrgA, commit: false);

        await NewDispatcher().DispatchPendingAsync();

        Log.Of(written.EventId).ShouldBeEmpty();
        (await FindMessageAsync(written.EventId)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_keep_a_message_pending_with_its_attempt_and_error_when_a_handler_fails()
    {
        var written = await FailingOnceAsync();

        await NewDispatcher().DispatchPendingAsync();

        var message = await FindMessageAsync(written.EventId);
        message!.ProcessedAt.ShouldBeNull();
        message.Attempts.ShouldBe(1);
        message.LastError.ShouldNotBeNull().ShouldContain("Simulated handler failure");
        message.NextAttemptAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        Log.Of(written.EventId).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_deliver_a_failed_message_on_a_pass_after_its_next_attempt_time()
    {
        var written = await FailingOnceAsync();
        await NewDispatcher().DispatchPendingAsync();

        await NewDispatcher().DispatchPendingAsync();
        Log.Of(written.EventId).ShouldBeEmpty("the retry is not due yet");
        await NewDispatcher(clockOffset: TimeSpan.FromHours(2)).DispatchPendingAsync();

        Log.Of(written.EventId).Count.ShouldBe(1);
        var message = await FindMessageAsync(written.EventId);
        message!.ProcessedAt.ShouldNotBeNull();
        message.Attempts.ShouldBe(1);
    }

    private static async Task DrainAsync(OutboxDispatcher dispatcher)
    {
        while (await dispatcher.DispatchPendingAsync() > 0)
        {
        }
    }

    [Fact]
    public async Task Should_hand_a_passs_events_to_the_batch_handler_once_per_tenant_in_the_order_they_were_raised()
    {
        await DrainAsync(NewDispatcher(clockOffset: TimeSpan.FromHours(2)));
        var inA = new List<NoteWritten>();
        var inB = new List<NoteWritten>();
        for (var i = 0; i < 3; i++)
        {
            inA.Add(await WriteNoteWithEventAsync(TestData.OrgA));
            inB.Add(await WriteNoteWithEventAsync(TestData.OrgB));
        }

        (await NewDispatcher().DispatchPendingAsync()).ShouldBe(6);

        var batchA = Log.BatchesWith(inA[0].EventId).ShouldHaveSingleItem();
        batchA.EventIds.ShouldBe(inA.Select(e => e.EventId));
        batchA.TenantId.ShouldBe(TestData.OrgA);
        batchA.UserId.ShouldBeNull("a batch may hold the events of several users");
        var batchB = Log.BatchesWith(inB[0].EventId).ShouldHaveSingleItem();
        batchB.EventIds.ShouldBe(inB.Select(e => e.EventId));
        batchB.TenantId.ShouldBe(TestData.OrgB);
        foreach (var written in inA.Concat(inB))
        {
            Log.Of(written.EventId).ShouldHaveSingleItem().UserId.ShouldBe(TestData.UserA);
            (await FindMessageAsync(written.EventId))!.ProcessedAt.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Should_keep_every_event_of_a_failed_batch_pending_and_deliver_them_again_on_the_retry()
    {
        await DrainAsync(NewDispatcher(clockOffset: TimeSpan.FromHours(2)));
        var first = await WriteNoteWithEventAsync(TestData.OrgA);
        var second = await WriteNoteWithEventAsync(TestData.OrgA);
        Log.FailBatchOnce(second.EventId);

        await NewDispatcher().DispatchPendingAsync();

        foreach (var written in new[] { first, second })
        {
            var message = await FindMessageAsync(written.EventId);
            message!.ProcessedAt.ShouldBeNull();
            message.Attempts.ShouldBe(1);
            message.LastError.ShouldNotBeNull().ShouldContain("Simulated batch failure");
        }

        await NewDispatcher(clockOffset: TimeSpan.FromHours(2)).DispatchPendingAsync();

        Log.BatchesWith(first.EventId).Count.ShouldBe(2);
        Log.BatchesWith(second.EventId).Count.ShouldBe(2);
        (await FindMessageAsync(first.EventId))!.ProcessedAt.ShouldNotBeNull();
        (await FindMessageAsync(second.EventId))!.ProcessedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_deliver_each_message_once_when_two_dispatchers_run_at_the_same_time()
    {
        var events = new List<NoteWritten>();
        for (var i = 0; i < 20; i++)
        {
            events.Add(await WriteNoteWithEventAsync(i % 2 == 0 ? TestData.OrgA : TestData.OrgB));
        }

        await Task.WhenAll(NewDispatcher().DispatchPendingAsync(), NewDispatcher().DispatchPendingAsync());

        events.ShouldAllBe(e => Log.Of(e.EventId).Count == 1);
    }

    private async Task<NoteWritten> FailingOnceAsync()
    {
        // The failure is armed before the commit so that no pass can see the message first.
        var eventId = Guid.CreateVersion7();
        Log.FailOnce(eventId);
        using (AmbientContext.Use(new ExecutionInfo(TestData.UserA, null, null)))
        {
            return await factory.InTenantAsync(TestData.OrgA, async sp =>
            {
                var db = sp.GetRequiredService<TestDbContext>();
                var note = new Note("failing once");
                db.Notes.Add(note);
                var written = new NoteWritten(note.Id, note.Text) { EventId = eventId };
                db.AddIntegrationEvent(written);
                await db.SaveChangesAsync();
                return written;
            });
        }
    }
}
