using FluentValidation;

namespace EventPlatform.Identity.Gdpr;

public sealed class ChangeConsentInputValidator : AbstractValidator<ChangeConsentInput>
{
    public ChangeConsentInputValidator() => RuleFor(x => x.Kind).NotEmpty().Must(kind => ConsentKinds.All.Contains(kind));
}
