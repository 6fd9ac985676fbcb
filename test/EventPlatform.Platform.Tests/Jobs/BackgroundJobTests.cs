using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Jobs;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Jobs;

[Collection(PlatformCollection.Name)]
public sealed class BackgroundJobTests(PlatformTestFactory factory)
{
    private JobProbe Probe => factory.Services.GetRequiredService<JobProbe>();

    private async Task<string> EnqueueAsync(Guid? tenant, ProbeArgs args, TimeSpan? delay = null)
    {
        using (AmbientContext.Use(new ExecutionInfo(TestData.UserA, "203.0.113.5", "corr-job")))
        {
            return await factory.InTenantAsync(tenant, sp =>
                Task.FromResult(sp.GetRequiredService<IBackgroundJobs>().Enqueue<ProbeJob, ProbeArgs>(args, delay)));
        }
    }

    [Fact]
    public async Task Should_run_a_job_in_the_tenant_and_for_the_user_that_enqueued_it()
    {
        var args = new ProbeArgs(Guid.NewGuid(), WriteNote: false);
        await EnqueueAsync(TestData.OrgA, args);

        var run = await Probe.WaitForAsync(args.RunId);

        run.TenantId.ShouldBe(TestData.OrgA);
        run.IsHostScope.ShouldBeFalse();
        run.UserId.ShouldBe(TestData.UserA);
        run.CorrelationId.ShouldBe("corr-job");
    }

    [Fact]
    public async Task Should_let_a_job_write_a_note_that_is_visible_in_its_tenant_only()
    {
        var args = new ProbeArgs(Guid.NewGuid(), WriteNote: true);
        await EnqueueAsync(TestData.OrgA, args);
        await Probe.WaitForAsync(args.RunId);
        var text = ProbeJob.ProbeJobText(args.RunId);

        var inA = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TestDbContext>().Notes.SingleOrDefaultAsync(n => n.Text == text));
        var inB = await factory.InTenantAsync(TestData.OrgB, sp => sp.GetRequiredService<TestDbContext>().Notes.AnyAsync(n => n.Text == text));

        inA.ShouldNotBeNull();
        inA.TenantId.ShouldBe(TestData.OrgA);
        inA.CreatedBy.ShouldBe(TestData.UserA);
        inB.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_run_a_job_enqueued_without_a_tenant_without_one()
    {
        var args = new ProbeArgs(Guid.NewGuid(), WriteNote: false);
        await EnqueueAsync(null, args);

        var run = await Probe.WaitForAsync(args.RunId);

        run.TenantId.ShouldBeNull();
        run.IsHostScope.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_hold_a_delayed_job_until_its_time_and_then_run_it()
    {
        var args = new ProbeArgs(Guid.NewGuid(), WriteNote: false);
        var jobId = await EnqueueAsync(TestData.OrgB, args, delay: TimeSpan.FromSeconds(2));

        string? stateRightAfter;
        using (var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            stateRightAfter = connection.GetStateData(jobId)?.Name;
        }

        var run = await Probe.WaitForAsync(args.RunId);

        stateRightAfter.ShouldBe(ScheduledState.StateName);
        run.TenantId.ShouldBe(TestData.OrgB);
    }
}
