using EventPlatform.Events.Speakers;
using FluentValidation;

namespace EventPlatform.Events.Services.Agenda;

public sealed class SpeakerInputValidator : AbstractValidator<SpeakerInput>
{
    public SpeakerInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(SpeakerConsts.MaxNameLength);
        RuleFor(x => x.Title).MaximumLength(SpeakerConsts.MaxTitleLength);
        RuleFor(x => x.Company).MaximumLength(SpeakerConsts.MaxCompanyLength);
        RuleFor(x => x.BioMarkdown).MaximumLength(SpeakerConsts.MaxBioLength);
        RuleFor(x => x.SocialLinks).Must(l => l!.Count <= SpeakerConsts.MaxSocialLinks).When(x => x.SocialLinks is not null);
        RuleForEach(x => x.SocialLinks).ChildRules(link =>
        {
            link.RuleFor(l => l.Network).NotEmpty().MaximumLength(SpeakerConsts.MaxSocialNetworkLength);
            // Links are shown on public pages: only web addresses, never javascript: or data: URLs.
            link.RuleFor(l => l.Url).NotEmpty().MaximumLength(SpeakerConsts.MaxUrlLength).Must(EventInputValidator.BeHttpUrl)
                .WithMessage("'{PropertyName}' must be an http or https URL.");
        });
    }
}
