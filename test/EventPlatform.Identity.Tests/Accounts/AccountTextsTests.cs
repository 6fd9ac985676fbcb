using EventPlatform.Identity.Accounts;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Accounts;

public sealed class AccountTextsTests
{
    [Fact]
    public void Should_have_a_message_for_every_account_error_code_in_every_language() =>
        LocalizationAssert.CoversConstants<IdentityResource>(typeof(AccountErrorCodes));

    [Fact]
    public void Should_word_every_identity_error_in_every_language()
    {
        var keys = LocalizedIdentityErrorDescriber.Codes.Select(code => LocalizedIdentityErrorDescriber.KeyPrefix + code).ToList();

        foreach (var culture in new[] { "en", "de", "es" })
        {
            var texts = LocalizationFiles.Texts(typeof(IdentityResource), culture);
            keys.Where(key => !texts.ContainsKey(key)).ShouldBeEmpty($"Localization/Identity/{culture}.json lacks these texts");
        }
    }
}
