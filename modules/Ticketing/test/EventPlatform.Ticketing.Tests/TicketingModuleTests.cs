using EventPlatform.Ticketing.Data;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests;

public sealed class TicketingModuleTests
{
    [Fact]
    public void Should_have_every_text_in_english_german_and_spanish() =>
        LocalizationAssert.IsComplete<TicketingResource>();

    [Fact]
    public void Should_have_a_text_for_every_permission_and_error_code() =>
        LocalizationAssert.CoversConstants<TicketingResource>(typeof(TicketingPermissions), typeof(TicketingErrorCodes));

    [Fact]
    public void Should_grant_every_permission_to_at_least_one_role_that_exists() =>
        PermissionAssert.AreWellDefined(new TicketingPermissionDefinitionProvider(), typeof(TicketingPermissions));

    [Fact]
    public void Should_keep_its_tables_in_its_own_schema() =>
        ModelAssert.UsesOnlyItsSchema<TicketingDbContext>(TicketingDbContext.SchemaName);
}
