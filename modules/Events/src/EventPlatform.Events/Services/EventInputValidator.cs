using EventPlatform.Events.Events;
using FluentValidation;

namespace EventPlatform.Events.Services;

public sealed class EventInputValidator : AbstractValidator<EventInput>
{
    public EventInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(EventConsts.MaxTitleLength);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Format).IsInEnum();
        RuleFor(x => x.Visibility).IsInEnum();
        RuleFor(x => x.TimeZone).NotEmpty().MaximumLength(EventConsts.MaxTimeZoneLength);
        RuleFor(x => x.Slug).MaximumLength(EventConsts.MaxSlugLength).Matches(EventConsts.SlugPattern).When(x => !string.IsNullOrEmpty(x.Slug));
        RuleFor(x => x.Summary).MaximumLength(EventConsts.MaxSummaryLength);
        RuleFor(x => x.DescriptionMarkdown).MaximumLength(EventConsts.MaxDescriptionLength);
        RuleFor(x => x.OnlineUrl).MaximumLength(EventConsts.MaxUrlLength).Must(BeHttpUrl).When(x => !string.IsNullOrEmpty(x.OnlineUrl))
            .WithMessage("'{PropertyName}' must be an http or https URL.");
        RuleFor(x => x.Location!).ChildRules(location =>
        {
            location.RuleFor(l => l.Venue).NotEmpty().MaximumLength(EventConsts.MaxVenueLength);
            location.RuleFor(l => l.Address).MaximumLength(EventConsts.MaxAddressLength);
            location.RuleFor(l => l.City).MaximumLength(EventConsts.MaxCityLength);
            location.RuleFor(l => l.PostalCode).MaximumLength(EventConsts.MaxPostalCodeLength);
            location.RuleFor(l => l.CountryCode).Length(2).Matches("^[A-Za-z]{2}$").When(l => l.CountryCode is not null);
            location.RuleFor(l => l.Latitude).InclusiveBetween(-90, 90);
            location.RuleFor(l => l.Longitude).InclusiveBetween(-180, 180);
            location.RuleFor(l => l).Must(l => l.Latitude.HasValue == l.Longitude.HasValue)
                .WithMessage("Give both latitude and longitude, or neither.");
        }).When(x => x.Location is not null);
        RuleFor(x => x.Contact!).ChildRules(contact =>
        {
            contact.RuleFor(c => c.Name).MaximumLength(EventConsts.MaxContactNameLength);
            contact.RuleFor(c => c.Email).MaximumLength(EventConsts.MaxEmailLength).EmailAddress().When(c => !string.IsNullOrEmpty(c.Email));
            contact.RuleFor(c => c.Phone).MaximumLength(EventConsts.MaxPhoneLength);
        }).When(x => x.Contact is not null);
        RuleFor(x => x.CustomFields).Must(f => f!.Count <= EventConsts.MaxCustomFields).When(x => x.CustomFields is not null);
        RuleForEach(x => x.CustomFields).ChildRules(field =>
        {
            field.RuleFor(f => f.Name).NotEmpty().MaximumLength(EventConsts.MaxCustomFieldNameLength);
            field.RuleFor(f => f.Value).NotEmpty().MaximumLength(EventConsts.MaxCustomFieldValueLength);
        });
        RuleFor(x => x.Tags).Must(t => t!.Count <= EventConsts.MaxTags).When(x => x.Tags is not null);
        RuleForEach(x => x.Tags).NotEmpty().MaximumLength(EventConsts.MaxTagLength);
    }

    public static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
