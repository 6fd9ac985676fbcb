using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventPlatform.Ticketing.Services.Checkout;

/// <summary>What a visitor may buy for an event right now, with what is left and the prices after their code.</summary>
public sealed class TicketOffers(TicketingDbContext db, Availability availability, PromoCodeResolver promoCodes, TimeProvider clock,
    IOptions<TicketingOptions> options, Payments.Checkout.ICheckoutPayments payments)
{
    public async Task<TicketOfferDto> GetAsync(EventSummary @event, string? code, CancellationToken cancellationToken = default)
    {
        PromoCode? promo = null;
        string? codeError = null;
        try
        {
            promo = await promoCodes.ResolveAsync(@event.Id, code, cancellationToken);
        }
        catch (BusinessException e) when (e.Code == TicketingErrorCodes.PromoCodeInvalid)
        {
            codeError = e.Code;
        }

        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == @event.Id && t.IsActive)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        types = types.Where(t => t.Visibility != TicketTypeVisibility.Hidden
            || (promo is { Kind: PromoCodeKind.Access } && promo.AppliesTo(t.Id))).ToList();
        var left = await availability.OfTicketTypesAsync(types.Select(t => t.Id).ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        var tax = types.Any(t => t.Price > 0) ? await payments.GetTaxPolicyAsync(cancellationToken) : Payments.Checkout.TaxPolicy.None;
        var offered = types.Select(t =>
        {
            var state = t.SaleStateAt(now, @event.EndsAt);
            if (state == SaleState.OnSale && left[t.Id] is < 1) state = SaleState.SoldOut;
            var rate = t.TaxRate ?? tax.DefaultRate;
            var discounted = promo is not null && promo.Kind != PromoCodeKind.Access && promo.AppliesTo(t.Id) ? t.Price - promo.DiscountOn(t.Price) : (decimal?)null;
            return new OfferedTicketTypeDto(t.Id, t.Name, t.Description, t.Price, discounted, t.Currency, t.SessionId, left[t.Id],
                t.MinPerOrder, t.MaxPerOrder, state, t.SaleStartsAt, t.SaleEndsAt,
                t.Visibility == TicketTypeVisibility.PromoOnly && !(promo?.AppliesTo(t.Id) ?? false), t.WaitlistEnabled,
                tax.PricesIncludeTax || t.Price == 0 || rate == 0 ? null : rate);
        }).ToList();
        var questions = await db.Questions.AsNoTracking().Where(q => q.EventId == @event.Id).OrderBy(q => q.SortOrder).ToListAsync(cancellationToken);
        return new TicketOfferDto(@event.Id, @event.Title, @event.Slug, @event.StartsAt, @event.TimeZone, options.Value.ReservationMinutes,
            promo?.Code, promo?.Kind, codeError, offered, questions.Select(QuestionMapper.ToDto).ToList());
    }
}
