using EventPlatform.Platform.Authorization;
using FluentValidation;

namespace EventPlatform.Identity.Organizations;

public sealed class ChangeRoleInputValidator : AbstractValidator<ChangeRoleInput>
{
    public ChangeRoleInputValidator() => RuleFor(x => x.Role).NotEmpty().Must(role => OrganizationRoles.All.Contains(role));
}
