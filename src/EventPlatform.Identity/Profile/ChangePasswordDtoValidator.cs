using EventPlatform.Identity.Accounts;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Profile;

public sealed class ChangePasswordDtoValidator : AbstractValidator<ChangePasswordDto>
{
    public ChangePasswordDtoValidator(IStringLocalizer<IdentityResource> l)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithName(_ => l["Profile:CurrentPassword"]);
        RuleFor(x => x.NewPassword).NotEmpty()
            .Length(AccountConsts.MinPasswordLength, AccountConsts.MaxPasswordLength)
            .WithName(_ => l["Profile:NewPassword"]);
    }
}
