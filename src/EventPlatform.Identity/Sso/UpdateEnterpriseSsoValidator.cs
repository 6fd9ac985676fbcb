using EventPlatform.Platform.Authorization;
using FluentValidation;

namespace EventPlatform.Identity.Sso;

public sealed class UpdateEnterpriseSsoValidator : AbstractValidator<UpdateEnterpriseSsoDto>
{
    public UpdateEnterpriseSsoValidator()
    {
        RuleFor(x => x.Authority).NotEmpty().MaximumLength(SsoConsts.MaxAuthorityLength)
            .Must(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http");
        RuleFor(x => x.ClientId).NotEmpty().MaximumLength(SsoConsts.MaxClientIdLength);
        RuleFor(x => x.ClientSecret).MaximumLength(SsoConsts.MaxClientSecretLength);
        RuleFor(x => x.EmailDomains).NotNull().Must(d => d.Count <= SsoConsts.MaxDomains);
        RuleForEach(x => x.EmailDomains).NotEmpty().MaximumLength(SsoConsts.MaxDomainLength);
        RuleFor(x => x.JoinRole).Must(r => OrganizationRoles.All.Contains(r) && r != OrganizationRoles.Owner);
    }
}
