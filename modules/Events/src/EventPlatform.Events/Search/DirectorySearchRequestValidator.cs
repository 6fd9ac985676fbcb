using EventPlatform.Events.Events;
using EventPlatform.Events.Speakers;
using FluentValidation;

namespace EventPlatform.Events.Search;

public sealed class DirectorySearchRequestValidator : AbstractValidator<DirectorySearchRequest>
{
    /// <summary>Deep pages cost a full ranking each; nobody reads page 500 of a directory.</summary>
    public const int MaxSkip = 10_000;

    public DirectorySearchRequestValidator()
    {
        RuleFor(x => x.Text).MaximumLength(SearchQuery.MaxTextLength);
        RuleFor(x => x.City).MaximumLength(EventConsts.MaxCityLength);
        RuleFor(x => x.Speaker).MaximumLength(SpeakerConsts.MaxNameLength);
        RuleFor(x => x.Format).IsInEnum();
        RuleFor(x => x.Sort).IsInEnum();
        RuleFor(x => x.Tags).Must(t => t!.Length <= EventConsts.MaxTags).When(x => x.Tags is not null);
        RuleForEach(x => x.Tags).MaximumLength(EventConsts.MaxTagLength);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
        RuleFor(x => x.Skip).InclusiveBetween(0, MaxSkip);
        RuleFor(x => x.Take).InclusiveBetween(1, SearchQuery.MaxTake);
    }
}
