using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.TestBase;

namespace EventPlatform.Platform.Tests.Localization;

public sealed class PlatformTextsTests
{
    [Fact]
    public void Should_have_every_kernel_text_in_english_german_and_spanish() =>
        LocalizationAssert.IsComplete<PlatformResource>();

    [Fact]
    public void Should_have_a_message_for_every_kernel_error_code() =>
        LocalizationAssert.CoversConstants<PlatformResource>(typeof(PlatformErrorCodes));
}
