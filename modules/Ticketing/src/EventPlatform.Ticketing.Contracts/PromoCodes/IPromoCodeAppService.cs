using EventPlatform.Platform.Application;

namespace EventPlatform.Ticketing.PromoCodes;

/// <summary>Promo and access codes of an event (<see cref="TicketingPermissions.TicketTypes.Manage"/>).</summary>
public interface IPromoCodeAppService : IApplicationService
{
    [RemoteService(Route = "events/{eventId}/promo-codes")]
    Task<IReadOnlyList<PromoCodeDto>> GetListAsync(Guid eventId);

    [RemoteService(Route = "events/{eventId}/promo-codes")]
    Task<PromoCodeDto> CreateAsync(Guid eventId, PromoCodeInput input);

    Task<PromoCodeDto> UpdateAsync(Guid id, PromoCodeInput input);

    Task DeleteAsync(Guid id);
}
