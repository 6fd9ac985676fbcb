using FluentValidation;

namespace EventPlatform.Identity.ApiTokens;

public sealed class CreateApiTokenInputValidator : AbstractValidator<CreateApiTokenInput>
{
    public CreateApiTokenInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ApiTokenConsts.MaxNameLength);
        RuleFor(x => x.Permissions).NotEmpty();
        RuleFor(x => x.ExpiresInDays).InclusiveBetween(1, ApiTokenConsts.MaxLifetimeDays);
    }
}
