using EventPlatform.Ticketing.TicketTypes;
using FluentValidation;

namespace EventPlatform.Ticketing.Services.TicketTypes;

public sealed class TicketTypeInputValidator : AbstractValidator<TicketTypeInput>
{
    public TicketTypeInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(TicketTypeConsts.MaxNameLength);
        RuleFor(x => x.Description).MaximumLength(TicketTypeConsts.MaxDescriptionLength);
        RuleFor(x => x.Price).InclusiveBetween(0, TicketTypeConsts.MaxPrice).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Currency).NotEmpty().Matches("^[A-Za-z]{3}$");
        RuleFor(x => x.Quantity).InclusiveBetween(0, TicketTypeConsts.MaxQuantity);
        RuleFor(x => x.MinPerOrder).InclusiveBetween(1, TicketTypeConsts.MaxPerOrderLimit);
        RuleFor(x => x.MaxPerOrder).InclusiveBetween(1, TicketTypeConsts.MaxPerOrderLimit).GreaterThanOrEqualTo(x => x.MinPerOrder);
        RuleFor(x => x.Visibility).IsInEnum();
        RuleFor(x => x.TaxRate).InclusiveBetween(0, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.SaleEndsAt).GreaterThan(x => x.SaleStartsAt).When(x => x.SaleStartsAt is not null && x.SaleEndsAt is not null);
    }
}
