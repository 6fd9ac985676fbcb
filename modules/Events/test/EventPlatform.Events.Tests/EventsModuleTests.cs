using EventPlatform.Events.Data;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests;

public sealed class EventsModuleTests
{
    [Fact]
    public void Should_have_every_text_in_english_german_and_spanish() =>
        LocalizationAssert.IsComplete<EventsResource>();

    [Fact]
    public void Should_have_a_text_for_every_permission_and_error_code() =>
        LocalizationAssert.CoversConstants<EventsResource>(typeof(EventsPermissions), typeof(EventsErrorCodes));

    [Fact]
    public void Should_grant_every_permission_to_at_least_one_role_that_exists() =>
        PermissionAssert.AreWellDefined(new EventsPermissionDefinitionProvider(), typeof(EventsPermissions));

    [Fact]
    public void Should_keep_its_tables_in_its_own_schema() =>
        ModelAssert.UsesOnlyItsSchema<EventsDbContext>(EventsDbContext.SchemaName);
}
