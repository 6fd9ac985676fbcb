using FluentValidation;

namespace EventPlatform.Identity.Accounts.Validation;

public sealed class ConfirmEmailDtoValidator : AbstractValidator<ConfirmEmailDto>
{
    public ConfirmEmailDtoValidator()
    {
        RuleFor(x => x.UserId).NotEmpty();
        RuleFor(x => x.Token).AccountToken();
    }
}
