using EventPlatform.Events.Sessions;
using FluentValidation;

namespace EventPlatform.Events.Services.Agenda;

public sealed class CancelSessionInputValidator : AbstractValidator<CancelSessionInput>
{
    public CancelSessionInputValidator() => RuleFor(x => x.Reason).MaximumLength(SessionConsts.MaxDescriptionLength);
}
