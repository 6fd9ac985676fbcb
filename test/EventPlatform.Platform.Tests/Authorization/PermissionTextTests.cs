using System.Reflection;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Authorization;

[Collection(PlatformCollection.Name)]
public sealed class PermissionTextTests(PlatformTestFactory factory)
{
    [Fact]
    public void Should_have_a_display_text_for_every_permission_in_every_language()
    {
        var store = factory.Services.GetRequiredService<JsonLocalizationStore>();
        var resources = store.ResourceTypes.ToDictionary(t => t.GetCustomAttribute<LocalizationResourceAttribute>()!.Name);
        var permissions = factory.Services.GetRequiredService<PermissionDefinitionManager>().All;

        // A permission's text lives in the resource named by its first segment ("Platform.AuditLog.Read" -> Platform).
        var missing = from permission in permissions
                      from culture in JsonLocalizationStore.SupportedCultures
                      let resource = resources.GetValueOrDefault(permission.Name.Split('.')[0])
                      where resource is null || !store.All(resource, culture).ContainsKey(permission.Name)
                      select $"{permission.Name} ({culture})";

        permissions.ShouldNotBeEmpty();
        missing.ShouldBeEmpty();
    }
}
