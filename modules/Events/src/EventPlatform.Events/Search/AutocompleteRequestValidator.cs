using FluentValidation;

namespace EventPlatform.Events.Search;

public sealed class AutocompleteRequestValidator : AbstractValidator<AutocompleteRequest>
{
    public AutocompleteRequestValidator()
    {
        RuleFor(x => x.Text).NotNull()
            .Must(t => t!.Trim().Length >= AutocompleteRequest.MinTextLength)
            .WithMessage($"Type at least {AutocompleteRequest.MinTextLength} characters.")
            .MaximumLength(AutocompleteRequest.MaxTextLength);
        RuleFor(x => x.Take).InclusiveBetween(1, AutocompleteRequest.MaxTake);
    }
}
