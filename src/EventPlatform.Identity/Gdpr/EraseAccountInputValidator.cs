using EventPlatform.Identity.Accounts;
using FluentValidation;

namespace EventPlatform.Identity.Gdpr;

public sealed class EraseAccountInputValidator : AbstractValidator<EraseAccountInput>
{
    public EraseAccountInputValidator() => RuleFor(x => x.Password).NotEmpty().MaximumLength(AccountConsts.MaxPasswordLength);
}
