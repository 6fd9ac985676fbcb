using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Localization;
using EventPlatform.TestBase;

namespace EventPlatform.Platform.Tests.Authorization;

public sealed class PlatformPermissionsTests
{
    [Fact]
    public void Should_define_every_kernel_permission_for_existing_roles() =>
        PermissionAssert.AreWellDefined(new PlatformPermissionDefinitionProvider(), typeof(PlatformPermissions));

    [Fact]
    public void Should_have_a_text_for_every_kernel_permission() =>
        LocalizationAssert.CoversConstants<PlatformResource>(typeof(PlatformPermissions));
}
