using EventPlatform.Ticketing.Questions;
using FluentValidation;

namespace EventPlatform.Ticketing.Services.Questions;

public sealed class QuestionInputValidator : AbstractValidator<QuestionInput>
{
    public QuestionInputValidator()
    {
        RuleFor(x => x.Label).NotEmpty().MaximumLength(QuestionConsts.MaxLabelLength);
        RuleFor(x => x.Help).MaximumLength(QuestionConsts.MaxHelpLength);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Scope).IsInEnum();
        RuleFor(x => x.Options).NotEmpty().When(x => x.Type == QuestionType.Choice);
        RuleFor(x => x.Options!.Count).LessThanOrEqualTo(QuestionConsts.MaxOptions).When(x => x.Options is not null).OverridePropertyName("Options");
        RuleForEach(x => x.Options).NotEmpty().MaximumLength(QuestionConsts.MaxOptionLength);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 10_000);
        RuleForEach(x => x.TicketTypeIds).NotEmpty();
    }
}
