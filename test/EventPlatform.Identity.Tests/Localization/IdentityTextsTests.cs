using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Localization;

public sealed class IdentityTextsTests
{
    [Fact]
    public void Should_have_every_identity_text_in_english_german_and_spanish() =>
        LocalizationAssert.IsComplete<IdentityResource>();

    [Fact]
    public void Should_have_a_message_for_every_identity_error_code() =>
        LocalizationAssert.CoversConstants<IdentityResource>(typeof(IdentityErrorCodes), typeof(IdentityPermissions));

    [Fact]
    public void Should_name_every_security_event_in_every_language() =>
        LocalizationAssert.CoversConstants<IdentityResource>(typeof(global::EventPlatform.Identity.Accounts.SecurityActions));

    [Fact]
    public void Should_grant_every_identity_permission_to_at_least_one_role_that_exists() =>
        PermissionAssert.AreWellDefined(new IdentityPermissionDefinitionProvider(), typeof(IdentityPermissions));
}
