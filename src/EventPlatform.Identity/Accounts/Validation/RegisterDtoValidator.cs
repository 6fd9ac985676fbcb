using FluentValidation;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Accounts.Validation;

public sealed class RegisterDtoValidator : AbstractValidator<RegisterDto>
{
    public RegisterDtoValidator(IStringLocalizer<IdentityResource> l)
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(AccountConsts.MaxDisplayNameLength).WithName(_ => l["Account:DisplayName"]);
        RuleFor(x => x.Email).AccountEmail(l);
        RuleFor(x => x.Password).AccountPassword(l);
    }
}
