using FluentValidation;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Accounts.Validation;

public sealed class EmailAddressDtoValidator : AbstractValidator<EmailAddressDto>
{
    public EmailAddressDtoValidator(IStringLocalizer<IdentityResource> l) => RuleFor(x => x.Email).AccountEmail(l);
}
