using EventPlatform.CheckIn.Lists;
using FluentValidation;

namespace EventPlatform.CheckIn.Services;

public sealed class CheckInListInputValidator : AbstractValidator<CheckInListInput>
{
    public CheckInListInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CheckInListConsts.MaxNameLength);
        RuleFor(x => x.TicketTypeIds).Must(ids => ids is null || ids.Count <= CheckInListConsts.MaxTicketTypes);
        RuleFor(x => x.ReEntry).IsInEnum();
        RuleFor(x => x.ClosesAt).GreaterThan(x => x.OpensAt).When(x => x.OpensAt is not null && x.ClosesAt is not null);
    }
}
