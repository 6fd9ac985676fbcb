using EventPlatform.Platform.Application;

namespace EventPlatform.CheckIn.Scans;

/// <summary>
/// A gate's offline queue, uploaded when the network is back (<see cref="CheckInPermissions.CheckIn.Scan"/>). Each scan goes
/// through the same path as a live one, at the time the device scanned it; re-uploads change nothing.
/// </summary>
public interface IScanBatchAppService : IApplicationService
{
    /// <summary>Each scan's result on the server, in the order sent.</summary>
    [RemoteService(Route = "lists/{listId}/scans/batch")]
    Task<IReadOnlyList<ScanBatchItemDto>> CreateAsync(Guid listId, ScanBatchInput input);
}
