using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.TicketTypes;
using FluentValidation;

namespace EventPlatform.Ticketing.Services.Quotas;

public sealed class QuotaInputValidator : AbstractValidator<QuotaInput>
{
    public QuotaInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(TicketTypeConsts.MaxNameLength);
        RuleFor(x => x.Size).InclusiveBetween(0, TicketTypeConsts.MaxQuantity);
        // A shared quota limits at least one ticket type; without any it would count nothing.
        RuleFor(x => x.TicketTypeIds).NotEmpty();
        RuleForEach(x => x.TicketTypeIds).NotEmpty();
    }
}
