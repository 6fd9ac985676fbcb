using EventPlatform.CheckIn.Scans;
using EventPlatform.CheckIn.Services;

namespace EventPlatform.CheckIn.Tests.Gate;

/// <summary>Which time an uploaded offline scan is judged at.</summary>
public sealed class OfflineScanTimeTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_keep_the_devices_time_of_a_scan_made_during_an_outage() =>
        new OfflineScan(Now.AddHours(-30), ScanOutcome.Valid).At(Now).ShouldBe(Now.AddHours(-30));

    [Fact]
    public void Should_not_believe_a_device_clock_that_is_ahead() =>
        new OfflineScan(Now.AddMinutes(5), ScanOutcome.Valid).At(Now).ShouldBe(Now);

    [Fact]
    public void Should_use_the_upload_time_for_a_device_clock_far_in_the_past() =>
        new OfflineScan(new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero), ScanOutcome.Valid).At(Now).ShouldBe(Now);
}
