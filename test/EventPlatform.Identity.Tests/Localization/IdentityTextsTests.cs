using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Localization;

public sealed class IdentityTextsTests
{
    [Fact]
    public void Should_have_every_identity_text_in_english_german_and_spanish() =>
        LocalizationAssert.IsComplete<IdentityResource>();

    [Fact]
    public void Should_have_a_message_for_every_identity_error_code() =>
        LocalizationAssert.CoversConstants<IdentityResource>(typeof(IdentityErrorCodes));
}
