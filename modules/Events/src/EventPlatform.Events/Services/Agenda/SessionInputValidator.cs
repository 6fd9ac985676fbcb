using EventPlatform.Events.Events;
using EventPlatform.Events.Sessions;
using FluentValidation;

namespace EventPlatform.Events.Services.Agenda;

public sealed class SessionInputValidator : AbstractValidator<SessionInput>
{
    public SessionInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(SessionConsts.MaxTitleLength);
        RuleFor(x => x.Description).MaximumLength(SessionConsts.MaxDescriptionLength);
        RuleFor(x => x.Room).MaximumLength(SessionConsts.MaxRoomLength);
        RuleFor(x => x.Capacity).InclusiveBetween(1, SessionConsts.MaxCapacity).When(x => x.Capacity is not null);
        RuleFor(x => x.EndLocal).GreaterThan(x => x.StartLocal).WithErrorCode(EventsErrorCodes.EndBeforeStart);
        RuleFor(x => x.Tags).Must(t => t!.Count <= EventConsts.MaxTags).When(x => x.Tags is not null);
        RuleForEach(x => x.Tags).NotEmpty().MaximumLength(EventConsts.MaxTagLength);
    }
}
