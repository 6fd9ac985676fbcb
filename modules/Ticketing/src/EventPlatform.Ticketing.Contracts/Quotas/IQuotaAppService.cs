using EventPlatform.Platform.Application;

namespace EventPlatform.Ticketing.Quotas;

/// <summary>Quotas shared across ticket types of an event (<see cref="TicketingPermissions.TicketTypes.Manage"/>).</summary>
public interface IQuotaAppService : IApplicationService
{
    /// <summary>Every quota of the event, including ticket types' own and session capacities.</summary>
    [RemoteService(Route = "events/{eventId}/quotas")]
    Task<IReadOnlyList<QuotaDto>> GetListAsync(Guid eventId);

    [RemoteService(Route = "events/{eventId}/quotas")]
    Task<QuotaDto> CreateAsync(Guid eventId, QuotaInput input);

    /// <summary>Renames, resizes (never below sold + held) or relinks a shared quota.</summary>
    Task<QuotaDto> UpdateAsync(Guid id, QuotaInput input);

    Task DeleteAsync(Guid id);
}
