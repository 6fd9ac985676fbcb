using EventPlatform.CheckIn.Data;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.CheckIn.Services;

/// <summary>
/// A gate's offline queue: each scan goes through <see cref="Scanner"/> like a live one (same rules, same guarded change),
/// judged at the device's time; its nonce makes a re-upload answer the first result and change nothing.
/// </summary>
[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class ScanBatchAppService(Scanner scanner, CheckInDbContext db, IPermissionChecker permissions) : IScanBatchAppService
{
    public async Task<IReadOnlyList<ScanBatchItemDto>> CreateAsync(Guid listId, ScanBatchInput input)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Scan);
        var results = new List<(OfflineScanInput Item, ScanResultDto Result)>(input.Scans.Count);
        // In the order the device scanned: its first admission of a ticket is the one that counts.
        foreach (var item in input.Scans.OrderBy(s => s.ScannedAt))
        {
            var result = await scanner.ScanAsync(listId, new ScanInput(item.Code, item.Direction, item.ClientNonce), default,
                new OfflineScan(item.ScannedAt, item.OfflineOutcome));
            results.Add((item, result));
        }

        // What was stored decides (a re-upload answers the first upload's flag), read in one query.
        var ids = results.Select(r => r.Result.ScanId).ToList();
        var stored = await db.Scans.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.IsConflict, s.OfflineOutcome }).ToDictionaryAsync(s => s.Id);
        // A nonce sent twice in one batch got the first one's answer twice.
        var byNonce = results.GroupBy(r => r.Item.ClientNonce.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return input.Scans.Select(item =>
        {
            var (_, result) = byNonce[item.ClientNonce.Trim()];
            var row = stored[result.ScanId];
            return new ScanBatchItemDto(item.ClientNonce, result, row.OfflineOutcome ?? item.OfflineOutcome, row.IsConflict);
        }).ToList();
    }
}
