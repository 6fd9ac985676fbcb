namespace EventPlatform.CheckIn.Scans;

/// <summary>Scans a gate made while offline, uploaded when it is back.</summary>
public sealed record ScanBatchInput(IReadOnlyList<OfflineScanInput> Scans);

/// <param name="ClientNonce">Required: uploading the same scan again answers its first result and changes nothing.</param>
/// <param name="ScannedAt">The device's clock when it scanned.</param>
/// <param name="OfflineOutcome">What the device showed: <see cref="ScanOutcome.Valid"/> there and already checked in here is a conflict.</param>
public sealed record OfflineScanInput(string Code, ScanDirection Direction, string ClientNonce, DateTimeOffset ScannedAt, ScanOutcome OfflineOutcome);

/// <summary>One uploaded scan's result on the server; <paramref name="IsConflict"/> when the device let in a ticket the server had admitted elsewhere.</summary>
public sealed record ScanBatchItemDto(string ClientNonce, ScanResultDto Result, ScanOutcome OfflineOutcome, bool IsConflict);
