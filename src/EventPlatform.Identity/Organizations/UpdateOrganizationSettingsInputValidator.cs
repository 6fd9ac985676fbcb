using FluentValidation;

namespace EventPlatform.Identity.Organizations;

public sealed class UpdateOrganizationSettingsInputValidator : AbstractValidator<UpdateOrganizationSettingsInput>
{
    public UpdateOrganizationSettingsInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(OrganizationConsts.MaxNameLength);
        RuleFor(x => x.PrimaryColor).Must(BrandingRules.IsColor).WithErrorCode(IdentityErrorCodes.InvalidColor);
        RuleFor(x => x.AccentColor).Must(BrandingRules.IsColor).WithErrorCode(IdentityErrorCodes.InvalidColor);
        RuleFor(x => x.TermsOfService).MaximumLength(OrganizationConsts.MaxLegalTextLength);
        RuleFor(x => x.PrivacyPolicy).MaximumLength(OrganizationConsts.MaxLegalTextLength);
        RuleFor(x => x.TimeZone).Must(BrandingRules.IsTimeZone).WithErrorCode(IdentityErrorCodes.InvalidTimeZone);
        RuleFor(x => x.Currency).Must(BrandingRules.IsCurrency).WithErrorCode(IdentityErrorCodes.InvalidCurrency);
        RuleFor(x => x.Language).Must(BrandingRules.IsLanguage).WithErrorCode(IdentityErrorCodes.InvalidLanguage);
    }
}
