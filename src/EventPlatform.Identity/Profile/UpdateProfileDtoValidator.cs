using EventPlatform.Platform.Timing;
using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Profile;

public sealed class UpdateProfileDtoValidator : AbstractValidator<UpdateProfileDto>
{
    public UpdateProfileDtoValidator(IStringLocalizer<IdentityResource> l)
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(AccountConsts.MaxDisplayNameLength)
            .WithName(_ => l["Profile:DisplayName"]);
        RuleFor(x => x.PhoneNumber).Must(PhoneNumberNormalizer.IsValidOrEmpty)
            .WithMessage(_ => l["Profile:InvalidPhoneNumber"]);
        RuleFor(x => x.PreferredCulture)
            .Must(c => string.IsNullOrEmpty(c) || JsonLocalizationStore.SupportedCultures.Contains(c))
            .WithMessage(_ => l["Profile:InvalidLanguage"]);
        RuleFor(x => x.TimeZone).Must(TimeZones.IsValidOrEmpty)
            .WithMessage(_ => l["Profile:InvalidTimeZone"]);
    }
}
