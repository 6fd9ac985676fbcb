using EventPlatform.Platform.Application;

namespace EventPlatform.Platform.Tests.AutoApi.TestService;

/// <summary>A test-only application service over the test model's notes; its routes exist only in the Platform test host.</summary>
public interface ITestAppService : IApplicationService
{
    Task<NoteDto> GetAsync(Guid id);

    Task<PagedResult<NoteDto>> GetListAsync(PagedRequest input);

    Task<NoteDto?> FindByTextAsync(string text);

    Task<NoteDto> CreateAsync(NoteInput input);

    Task UpdateAsync(Guid id, NoteInput input);

    Task DeleteAsync(Guid id);

    Task<NoteDto> CopyAsync(Guid id);

    [RemoteService(HttpMethod = "GET")]
    Task<int> CountAsync();

    [RemoteService(Route = "test/o/{tenant}/current-tenant")]
    Task<Guid?> GetCurrentTenantAsync();

    [RemoteService(IsEnabled = false)]
    Task PurgeAsync();

    /// <summary>A defect: throws an unexpected exception carrying something secret.</summary>
    Task FailAsync();
}
