using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Timing;
using EventPlatform.Identity.Profile;
using EventPlatform.Identity.Sessions;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Profile;

/// <summary>The small rules behind the profile: phone normalization, image signatures, device names, texts.</summary>
public sealed class ProfileRulesTests
{
    [Theory]
    [InlineData("+49 30 901820", "+4930901820")]
    [InlineData("0049 30 901820", "+4930901820")]
    [InlineData("+1 (202) 456-1111", "+12024561111")]
    [InlineData("+34 912 345 678", "+34912345678")]
    public void Should_normalize_a_valid_international_number_to_E164(string input, string expected) =>
        PhoneNumberNormalizer.ToE164(input).ShouldBe(expected);

    [Theory]
    [InlineData("030 901820")]
    [InlineData("+49 1")]
    [InlineData("+999 123456")]
    [InlineData("not a number")]
    public void Should_refuse_a_number_that_is_not_valid_with_its_country_code(string input) =>
        PhoneNumberNormalizer.ToE164(input).ShouldBeNull();

    [Fact]
    public void Should_recognize_a_webp_image_by_its_signature() =>
        ImageSignature.Detect("RIFF\0\0\0\0WEBPVP8 "u8).ShouldBe(("image/webp", ".webp"));

    [Fact]
    public void Should_recognize_a_jpeg_image_by_its_signature() =>
        ImageSignature.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0x00]).ShouldBe(("image/jpeg", ".jpg"));

    [Fact]
    public void Should_not_take_an_svg_for_an_image_it_can_serve() =>
        ImageSignature.Detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8).ShouldBeNull();

    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge", "Windows")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome", "Android")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari", "macOS")]
    [InlineData("curl/8.5.0", null, null)]
    public void Should_name_the_browser_and_system_of_a_user_agent(string userAgent, string? browser, string? system) =>
        DeviceDescription.Describe(userAgent).ShouldBe((browser, system));

    [Fact]
    public void Should_offer_IANA_time_zones_only() =>
        TimeZones.All.ShouldAllBe(z => z.Id == "UTC" || z.Id.Contains('/'));

    [Fact]
    public void Should_have_a_message_for_every_profile_error_code() =>
        LocalizationAssert.CoversConstants<IdentityResource>(typeof(ProfileErrorCodes));
}
