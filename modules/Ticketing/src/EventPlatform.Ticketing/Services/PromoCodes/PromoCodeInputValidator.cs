using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.TicketTypes;
using FluentValidation;

namespace EventPlatform.Ticketing.Services.PromoCodes;

public sealed class PromoCodeInputValidator : AbstractValidator<PromoCodeInput>
{
    public PromoCodeInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches(PromoCodeConsts.CodePattern);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Value).GreaterThan(0).LessThanOrEqualTo(100).PrecisionScale(5, 2, ignoreTrailingZeros: true)
            .When(x => x.Kind == PromoCodeKind.Percentage);
        RuleFor(x => x.Value).GreaterThan(0).LessThanOrEqualTo(TicketTypeConsts.MaxPrice).PrecisionScale(12, 2, ignoreTrailingZeros: true)
            .When(x => x.Kind == PromoCodeKind.FixedAmount);
        // An access code only unlocks; a value would suggest a discount that is never given.
        RuleFor(x => x.Value).Equal(0).When(x => x.Kind == PromoCodeKind.Access);
        RuleFor(x => x.UsageLimit).InclusiveBetween(1, PromoCodeConsts.MaxUsageLimit);
        RuleFor(x => x.ValidUntil).GreaterThan(x => x.ValidFrom).When(x => x.ValidFrom is not null && x.ValidUntil is not null);
        RuleForEach(x => x.TicketTypeIds).NotEmpty();
    }
}
