namespace EventPlatform.Platform.Application;

/// <summary>What a browser or JS client needs to start: who is signed in, for which organization, and the texts of its language.</summary>
public interface IApplicationConfigurationAppService : IApplicationService
{
    /// <summary><c>GET api/platform/application-configuration</c></summary>
    Task<ApplicationConfigurationDto> GetAsync();
}
