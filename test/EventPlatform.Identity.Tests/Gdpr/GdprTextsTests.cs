using EventPlatform.Identity.Gdpr;
using EventPlatform.Identity.PlatformConsole;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Gdpr;

public sealed class GdprTextsTests
{
    [Fact]
    public void Should_have_a_message_for_every_gdpr_and_console_error_code() =>
        LocalizationAssert.CoversConstants<IdentityResource>(typeof(GdprErrorCodes), typeof(ConsoleErrorCodes));

    [Fact]
    public void Should_name_every_consent_kind_in_every_language() =>
        LocalizationAssert.CoversConstants<IdentityResource>(typeof(ConsentKinds));
}
