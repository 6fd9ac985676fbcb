using EventPlatform.CheckIn.Data;
using EventPlatform.TestBase;

namespace EventPlatform.CheckIn.Tests;

public sealed class CheckInModuleTests
{
    [Fact]
    public void Should_have_every_text_in_english_german_and_spanish() =>
        LocalizationAssert.IsComplete<CheckInResource>();

    [Fact]
    public void Should_have_a_text_for_every_permission_and_error_code() =>
        LocalizationAssert.CoversConstants<CheckInResource>(typeof(CheckInPermissions), typeof(CheckInErrorCodes));

    [Fact]
    public void Should_grant_every_permission_to_at_least_one_role_that_exists() =>
        PermissionAssert.AreWellDefined(new CheckInPermissionDefinitionProvider(), typeof(CheckInPermissions));

    [Fact]
    public void Should_keep_its_tables_in_its_own_schema() =>
        ModelAssert.UsesOnlyItsSchema<CheckInDbContext>(CheckInDbContext.SchemaName);
}
