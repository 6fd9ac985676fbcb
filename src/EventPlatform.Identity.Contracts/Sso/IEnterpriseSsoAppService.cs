using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Sso;

/// <summary>The current organization's single sign-on connection (<c>api/identity/enterprise-sso</c>).</summary>
public interface IEnterpriseSsoAppService : IApplicationService
{
    /// <summary>The connection, or 404 when none is configured.</summary>
    Task<EnterpriseSsoDto> GetAsync();

    Task<EnterpriseSsoDto> UpdateAsync(UpdateEnterpriseSsoDto input);

    Task DeleteAsync();
}
