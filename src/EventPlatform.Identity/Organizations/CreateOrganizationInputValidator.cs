using FluentValidation;

namespace EventPlatform.Identity.Organizations;

public sealed class CreateOrganizationInputValidator : AbstractValidator<CreateOrganizationInput>
{
    public CreateOrganizationInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(OrganizationConsts.MaxNameLength);
        RuleFor(x => x.Slug).NotEmpty().Length(OrganizationConsts.MinSlugLength, OrganizationConsts.MaxSlugLength)
            .Matches(OrganizationConsts.SlugPattern).WithErrorCode(IdentityErrorCodes.InvalidSlug);
    }
}
