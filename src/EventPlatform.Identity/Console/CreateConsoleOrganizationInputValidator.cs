using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Organizations;
using FluentValidation;

namespace EventPlatform.Identity.PlatformConsole;

public sealed class CreateConsoleOrganizationInputValidator : AbstractValidator<CreateConsoleOrganizationInput>
{
    public CreateConsoleOrganizationInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(OrganizationConsts.MaxNameLength);
        RuleFor(x => x.Slug).NotEmpty().Length(OrganizationConsts.MinSlugLength, OrganizationConsts.MaxSlugLength).Matches(OrganizationConsts.SlugPattern);
        RuleFor(x => x.OwnerEmail).EmailAddress().MaximumLength(AccountConsts.MaxEmailLength).When(x => !string.IsNullOrWhiteSpace(x.OwnerEmail));
    }
}
