using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Tickets.Signing;

namespace EventPlatform.Ticketing.Tests.Tickets;

[Collection(TicketingCollection.Name)]
public sealed class TicketSignatureTests(TicketingTestFactory factory)
{
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    [Fact]
    public async Task Should_verify_a_payload_with_the_organizations_public_key_and_return_its_claims()
    {
        var claims = TicketKeys.ClaimsFor(TicketKeys.NewOrganization());
        var payload = await factory.SignAsync(claims);

        var result = TicketPayloadVerifier.Verify(payload, await factory.PublicKeysOfAsync(claims.OrganizationId));

        result.IsValid.ShouldBeTrue();
        result.Claims.ShouldBe(claims);
    }

    [Fact]
    public async Task Should_keep_the_payload_short_enough_for_a_sparse_qr_code()
    {
        var payload = await factory.SignAsync(TicketKeys.ClaimsFor(TicketKeys.NewOrganization()));

        payload.ShouldStartWith("EP1.");
        payload.Length.ShouldBeLessThanOrEqualTo(180);
    }

    [Fact]
    public async Task Should_refuse_a_payload_with_any_single_character_of_its_claims_changed()
    {
        var claims = TicketKeys.ClaimsFor(TicketKeys.NewOrganization());
        var payload = await factory.SignAsync(claims);
        var keys = await factory.PublicKeysOfAsync(claims.OrganizationId);
        var parts = payload.Split('.');
        var start = parts[0].Length + parts[1].Length + 2;

        for (var i = start; i < start + parts[2].Length; i++)
        {
            var result = TicketPayloadVerifier.Verify(ChangeAt(payload, i), keys);
            result.IsValid.ShouldBeFalse($"changed claims character {i - start}");
            result.Failure.ShouldBeOneOf(TicketVerificationFailure.BadSignature, TicketVerificationFailure.Malformed);
        }
    }

    [Fact]
    public async Task Should_refuse_a_payload_with_any_single_character_of_its_signature_changed()
    {
        var claims = TicketKeys.ClaimsFor(TicketKeys.NewOrganization());
        var payload = await factory.SignAsync(claims);
        var keys = await factory.PublicKeysOfAsync(claims.OrganizationId);
        var start = payload.LastIndexOf('.') + 1;

        for (var i = start; i < payload.Length; i++)
        {
            TicketPayloadVerifier.Verify(ChangeAt(payload, i), keys).IsValid.ShouldBeFalse($"changed signature character {i - start}");
        }
    }

    [Fact]
    public async Task Should_report_a_bad_signature_when_a_claims_byte_is_changed()
    {
        var claims = TicketKeys.ClaimsFor(TicketKeys.NewOrganization());
        var payload = await factory.SignAsync(claims);
        var forged = TicketPayload.SignedPart(payload.Split('.')[1], claims with { Code = "K7Q2-M9XB" }) + payload[payload.LastIndexOf('.')..];

        var result = TicketPayloadVerifier.Verify(forged, await factory.PublicKeysOfAsync(claims.OrganizationId));

        result.Failure.ShouldBe(TicketVerificationFailure.BadSignature);
    }

    [Fact]
    public async Task Should_report_an_unknown_key_when_the_scanner_does_not_hold_the_key_id()
    {
        var claims = TicketKeys.ClaimsFor(TicketKeys.NewOrganization());
        var payload = await factory.SignAsync(claims);
        var keys = await factory.PublicKeysOfAsync(claims.OrganizationId);
        var renamed = keys.ToDictionary(k => "AAAAAAAA", k => k.Value);

        TicketPayloadVerifier.Verify(payload, renamed).Failure.ShouldBe(TicketVerificationFailure.UnknownKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("EP2.AAAAAAAA.AAAA.AAAA")]
    [InlineData("EP1.AAAA.AAAA.AAAA")]
    [InlineData("EP1.AAAAAAAA.!!!!.AAAA")]
    [InlineData("EP1.AAAAAAAA.AAAA.AAAA.AAAA")]
    public void Should_report_a_malformed_payload(string payload) =>
        TicketPayloadVerifier.Verify(payload, new Dictionary<string, byte[]>()).Failure.ShouldBe(TicketVerificationFailure.Malformed);

    private static string ChangeAt(string text, int index)
    {
        var replacement = Base64UrlAlphabet[(Base64UrlAlphabet.IndexOf(text[index]) + 1) % Base64UrlAlphabet.Length];
        return string.Concat(text.AsSpan(0, index), replacement.ToString(), text.AsSpan(index + 1));
    }
}
