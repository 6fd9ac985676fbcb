using EventPlatform.Platform.Application;

namespace EventPlatform.Ticketing.Orders;

/// <summary>The signed-in user's orders in every organization: bought with their confirmed e-mail address or while signed in.</summary>
public interface IMyTicketsAppService : IApplicationService
{
    [RemoteService(Route = "my/tickets")]
    Task<IReadOnlyList<MyOrderDto>> GetListAsync();
}
