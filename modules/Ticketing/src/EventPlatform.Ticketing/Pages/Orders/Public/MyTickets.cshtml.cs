using EventPlatform.Ticketing.Orders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Ticketing.Pages.Orders.Public;

/// <summary>The signed-in user's orders in every organization, upcoming events first.</summary>
[Authorize]
public sealed class MyTicketsModel(IMyTicketsAppService myTickets) : PageModel
{
    public IReadOnlyList<MyOrderDto> Orders { get; private set; } = [];

    public async Task OnGetAsync() => Orders = await myTickets.GetListAsync();
}
