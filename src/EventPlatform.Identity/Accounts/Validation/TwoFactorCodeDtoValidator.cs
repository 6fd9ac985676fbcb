using FluentValidation;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Accounts.Validation;

public sealed class TwoFactorCodeDtoValidator : AbstractValidator<TwoFactorCodeDto>
{
    public TwoFactorCodeDtoValidator(IStringLocalizer<IdentityResource> l) =>
        RuleFor(x => x.Code).NotEmpty().MaximumLength(AccountConsts.MaxTwoFactorCodeLength).WithName(_ => l["Account:TwoFactorCode"]);
}
