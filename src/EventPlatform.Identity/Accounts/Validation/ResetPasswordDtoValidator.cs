using FluentValidation;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Accounts.Validation;

public sealed class ResetPasswordDtoValidator : AbstractValidator<ResetPasswordDto>
{
    public ResetPasswordDtoValidator(IStringLocalizer<IdentityResource> l)
    {
        RuleFor(x => x.UserId).NotEmpty();
        RuleFor(x => x.Token).AccountToken();
        RuleFor(x => x.Password).AccountPassword(l);
    }
}
