using EventPlatform.Platform.Authorization;
using FluentValidation;

namespace EventPlatform.Identity.Organizations;

public sealed class InviteInputValidator : AbstractValidator<InviteInput>
{
    public InviteInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(InvitationConsts.MaxEmailLength);
        RuleFor(x => x.Role).NotEmpty().Must(role => OrganizationRoles.All.Contains(role));
    }
}
