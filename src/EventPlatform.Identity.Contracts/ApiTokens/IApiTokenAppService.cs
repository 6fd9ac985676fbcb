using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.ApiTokens;

/// <summary>The current organization's API tokens (permission <see cref="IdentityPermissions.ApiTokens.Manage"/>).</summary>
public interface IApiTokenAppService : IApplicationService
{
    Task<IReadOnlyList<ApiTokenDto>> GetListAsync();

    /// <summary>The permissions a new token may hold: those the caller holds in the organization.</summary>
    Task<IReadOnlyList<string>> GetGrantablePermissionsAsync();

    Task<CreatedApiTokenDto> CreateAsync(CreateApiTokenInput input);

    Task RevokeAsync(Guid id);
}
