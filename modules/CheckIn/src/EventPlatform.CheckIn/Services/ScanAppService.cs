using EventPlatform.CheckIn.Scans;
using EventPlatform.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace EventPlatform.CheckIn.Services;

[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class ScanAppService(Scanner scanner, IPermissionChecker permissions) : IScanAppService
{
    public Task<ScanResultDto> CreateAsync(Guid listId, ScanInput input)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Scan);
        return scanner.ScanAsync(listId, input, default);
    }

    public Task<ScanResultDto> UndoAsync(Guid id)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Scan);
        return scanner.UndoAsync(id, permissions.IsGranted(CheckInPermissions.CheckIn.Supervise), default);
    }
}
