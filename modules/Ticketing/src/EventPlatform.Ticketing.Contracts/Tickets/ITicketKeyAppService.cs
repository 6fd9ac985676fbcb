using EventPlatform.Platform.Application;

namespace EventPlatform.Ticketing.Tickets;

/// <summary>The organization's ticket signing keys (public halves only), so scanners can verify QR codes offline.</summary>
public interface ITicketKeyAppService : IApplicationService
{
    /// <summary>Every key of the organization, the active one first; retired keys still verify tickets signed with them.</summary>
    Task<IReadOnlyList<TicketPublicKeyDto>> GetListAsync();
}
