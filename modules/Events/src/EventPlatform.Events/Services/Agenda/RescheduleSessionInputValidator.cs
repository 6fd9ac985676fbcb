using EventPlatform.Events.Sessions;
using FluentValidation;

namespace EventPlatform.Events.Services.Agenda;

public sealed class RescheduleSessionInputValidator : AbstractValidator<RescheduleSessionInput>
{
    public RescheduleSessionInputValidator()
    {
        RuleFor(x => x.EndLocal).GreaterThan(x => x.StartLocal).WithErrorCode(EventsErrorCodes.EndBeforeStart);
        RuleFor(x => x.Room).MaximumLength(SessionConsts.MaxRoomLength);
    }
}
