using EventPlatform.Events.Public;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Checkout;
using Microsoft.AspNetCore.Mvc;

namespace EventPlatform.Ticketing.Pages.Checkout.TicketBox;

/// <summary>
/// The tickets on the public event page (page slot <see cref="PublicEventSlots.Tickets"/>): what is on sale with prices after
/// the visitor's code (<c>?code=</c>), and a form that reserves the chosen tickets. Renders nothing for events without tickets.
/// </summary>
public sealed class TicketBoxViewComponent(ICheckoutAppService checkout) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PublicEventSlotContext context)
    {
        var code = Request.Query["code"].ToString() is { Length: > 0 and <= 40 } c ? c : null;
        TicketOfferDto offer;
        try
        {
            offer = await checkout.GetOfferAsync(context.OrganizationSlug, context.EventSlug, code);
        }
        catch (BusinessException e) when (e.Code == TicketingErrorCodes.EventNotOnSale || e.Code == TicketingErrorCodes.EventNotFound)
        {
            return Content("");
        }

        if (offer.TicketTypes.Count == 0 && code is null) return Content("");
        var error = TempData[ReservePageModel.ErrorKey] as string;
        return View("/Pages/Checkout/TicketBox/Default.cshtml",
            new TicketBoxModel(context, offer, code, error, Guid.NewGuid().ToString("N")));
    }
}
