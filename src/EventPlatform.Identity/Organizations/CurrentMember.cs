using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Http;

namespace EventPlatform.Identity.Organizations;

/// <summary>Who calls, in which organization: the organization services' view of the request.</summary>
public sealed class CurrentMember(ICurrentUser user, ICurrentTenant tenant)
{
    public Guid UserId => user.Id ?? throw new BusinessException(PlatformErrorCodes.Forbidden, StatusCodes.Status401Unauthorized);

    public Guid OrganizationId => tenant.Id ?? throw new BusinessException(PlatformErrorCodes.TenantRequired, StatusCodes.Status400BadRequest);

    public string? Role => user.TenantRole;
}
