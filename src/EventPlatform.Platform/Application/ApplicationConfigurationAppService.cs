using System.Globalization;
using System.Reflection;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Users;

namespace EventPlatform.Platform.Application;

public sealed class ApplicationConfigurationAppService(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    JsonLocalizationStore localization) : IApplicationConfigurationAppService
{
    public async Task<ApplicationConfigurationDto> GetAsync()
    {
        var tenant = currentTenant.Id is { } id ? await tenants.FindByIdAsync(id) : null;
        return new ApplicationConfigurationDto(
            new CurrentUserDto(currentUser.IsAuthenticated, currentUser.Id),
            new CurrentTenantDto(currentTenant.IsAvailable, currentTenant.Id, tenant?.Slug, tenant?.Name),
            new LocalizationConfigurationDto(
                CultureInfo.CurrentCulture.Name,
                CultureInfo.CurrentUICulture.Name,
                JsonLocalizationStore.SupportedCultures,
                localization.ResourceTypes.ToDictionary(ResourceName, TextsFor)));
    }

    private static string ResourceName(Type resource) => resource.GetCustomAttribute<LocalizationResourceAttribute>()!.Name;

    // English first, then the culture chain from neutral to specific (de, de-AT), so the most specific text wins.
    private IReadOnlyDictionary<string, string> TextsFor(Type resource)
    {
        var texts = new Dictionary<string, string>(localization.All(resource, JsonLocalizationStore.DefaultCulture), StringComparer.Ordinal);
        var chain = new Stack<CultureInfo>();
        for (var culture = CultureInfo.CurrentUICulture; !Equals(culture, CultureInfo.InvariantCulture); culture = culture.Parent) chain.Push(culture);
        foreach (var culture in chain)
        {
            foreach (var (key, value) in localization.All(resource, culture.Name)) texts[key] = value;
        }

        return texts;
    }
}
