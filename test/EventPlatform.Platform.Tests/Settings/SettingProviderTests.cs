using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Settings;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Settings;

[Collection(PlatformCollection.Name)]
public sealed class SettingProviderTests(PlatformTestFactory factory)
{
    private static readonly Guid Reader = Guid.Parse("0195f0a0-0000-7000-8000-0000000005e1");

    /// <summary>Reads <paramref name="name"/> inside <paramref name="tenant"/>, as <paramref name="user"/> when given.</summary>
    private async Task<string?> ReadAsync(string name, Guid? tenant, Guid? user = null)
    {
        using (AmbientContext.Use(new ExecutionInfo(user, null, null)))
        {
            return await factory.InTenantAsync(tenant, sp => sp.GetRequiredService<ISettingProvider>().GetOrNullAsync(name));
        }
    }

    private Task SetAsync(Guid? tenant, Func<ISettingManager, Task> write) =>
        factory.InTenantAsync(tenant, sp => write(sp.GetRequiredService<ISettingManager>()));

    [Fact]
    public async Task Should_return_the_definition_default_when_no_level_has_a_value()
    {
        (await ReadAsync(PlatformSettings.DefaultCurrency, TestData.OrgA, Reader)).ShouldBe("EUR");
    }

    [Fact]
    public async Task Should_prefer_the_configuration_over_the_default()
    {
        (await ReadAsync(TestSettings.Configured, TestData.OrgA, Reader)).ShouldBe("configured");
    }

    [Fact]
    public async Task Should_prefer_a_global_value_over_the_configuration()
    {
        await SetAsync(null, m => m.SetGlobalAsync(TestSettings.GlobalOverConfiguration, "global"));

        (await ReadAsync(TestSettings.GlobalOverConfiguration, TestData.OrgA, Reader)).ShouldBe("global");
    }

    [Fact]
    public async Task Should_prefer_the_tenant_value_over_the_global_value()
    {
        await SetAsync(null, m => m.SetGlobalAsync(TestSettings.TenantOverGlobal, "global"));
        await SetAsync(TestData.OrgA, m => m.SetForCurrentTenantAsync(TestSettings.TenantOverGlobal, "tenant"));

        (await ReadAsync(TestSettings.TenantOverGlobal, TestData.OrgA, Reader)).ShouldBe("tenant");
    }

    [Fact]
    public async Task Should_prefer_the_user_value_over_the_tenant_value()
    {
        await SetAsync(TestData.OrgA, m => m.SetForCurrentTenantAsync(TestSettings.UserOverTenant, "tenant"));
        await SetAsync(null, m => m.SetForUserAsync(Reader, TestSettings.UserOverTenant, "user"));

        (await ReadAsync(TestSettings.UserOverTenant, TestData.OrgA, Reader)).ShouldBe("user");
        (await ReadAsync(TestSettings.UserOverTenant, TestData.OrgA, TestData.UserA)).ShouldBe("tenant");
    }

    [Fact]
    public async Task Should_not_show_one_organizations_value_in_another()
    {
        await SetAsync(TestData.OrgA, m => m.SetForCurrentTenantAsync(TestSettings.TenantIsolated, "only for A"));

        (await ReadAsync(TestSettings.TenantIsolated, TestData.OrgA)).ShouldBe("only for A");
        (await ReadAsync(TestSettings.TenantIsolated, TestData.OrgB)).ShouldBe(TestSettings.Default);
    }

    [Fact]
    public async Task Should_fall_back_to_the_next_level_when_a_value_is_cleared()
    {
        await SetAsync(null, m => m.SetGlobalAsync(TestSettings.Cleared, "global"));
        await SetAsync(TestData.OrgA, m => m.SetForCurrentTenantAsync(TestSettings.Cleared, "tenant"));

        await SetAsync(TestData.OrgA, m => m.SetForCurrentTenantAsync(TestSettings.Cleared, null));

        (await ReadAsync(TestSettings.Cleared, TestData.OrgA)).ShouldBe("global");
    }

    [Fact]
    public async Task Should_read_a_new_value_right_after_it_was_written()
    {
        await SetAsync(null, m => m.SetGlobalAsync(TestSettings.Changing, "first"));
        (await ReadAsync(TestSettings.Changing, null)).ShouldBe("first");

        await SetAsync(null, m => m.SetGlobalAsync(TestSettings.Changing, "second"));

        (await ReadAsync(TestSettings.Changing, null)).ShouldBe("second");
    }

    [Fact]
    public async Task Should_refuse_an_unknown_setting_name()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => ReadAsync("Tests.NoSuchSetting", TestData.OrgA));

        exception.Code.ShouldBe(PlatformErrorCodes.UnknownSetting);
    }

    [Fact]
    public async Task Should_refuse_a_value_at_a_level_the_definition_does_not_allow()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => SetAsync(null, m => m.SetForUserAsync(Reader, TestSettings.GlobalOnly, "user")));

        exception.Code.ShouldBe(PlatformErrorCodes.SettingLevelNotAllowed);
    }

    [Fact]
    public async Task Should_refuse_a_tenant_value_without_a_current_organization()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => SetAsync(null, m => m.SetForCurrentTenantAsync(TestSettings.TenantIsolated, "x")));

        exception.Code.ShouldBe(PlatformErrorCodes.TenantRequired);
    }
}
