using EventPlatform.Platform.Authorization;
using Shouldly;

namespace EventPlatform.TestBase;

public static class PermissionAssert
{
    /// <summary>The provider defines exactly the permission constants, each granted to known roles only.</summary>
    public static void AreWellDefined(IPermissionDefinitionProvider provider, Type permissionConstants)
    {
        var definitions = provider.Define().ToList();
        var names = LocalizationAssert.ConstantsOf(permissionConstants).Where(n => n.Count(c => c == '.') >= 2).ToList();
        definitions.Select(d => d.Name).OrderBy(n => n).ShouldBe(names.OrderBy(n => n));
        definitions.ShouldAllBe(d => d.GrantedToRoles.Count > 0 && d.GrantedToRoles.All(r => OrganizationRoles.All.Contains(r)));
    }
}
