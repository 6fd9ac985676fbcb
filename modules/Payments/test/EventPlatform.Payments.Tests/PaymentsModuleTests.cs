using EventPlatform.Payments.Data;
using EventPlatform.TestBase;

namespace EventPlatform.Payments.Tests;

public sealed class PaymentsModuleTests
{
    [Fact]
    public void Should_have_every_text_in_english_german_and_spanish() =>
        LocalizationAssert.IsComplete<PaymentsResource>();

    [Fact]
    public void Should_have_a_text_for_every_permission_and_error_code() =>
        LocalizationAssert.CoversConstants<PaymentsResource>(typeof(PaymentsPermissions), typeof(PaymentsErrorCodes));

    [Fact]
    public void Should_grant_every_permission_to_at_least_one_role_that_exists() =>
        PermissionAssert.AreWellDefined(new PaymentsPermissionDefinitionProvider(), typeof(PaymentsPermissions));

    [Fact]
    public void Should_keep_its_tables_in_its_own_schema() =>
        ModelAssert.UsesOnlyItsSchema<PaymentsDbContext>(PaymentsDbContext.SchemaName);
}
