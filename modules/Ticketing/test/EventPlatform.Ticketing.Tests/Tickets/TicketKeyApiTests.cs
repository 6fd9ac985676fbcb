using System.Net;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Tickets;
using EventPlatform.Ticketing.Tickets.Signing;

namespace EventPlatform.Ticketing.Tests.Tickets;

[Collection(TicketingCollection.Name)]
public sealed class TicketKeyApiTests(TicketingTestFactory factory)
{
    private const string Route = "/api/ticketing/ticket-key";

    [Fact]
    public async Task Should_give_staff_the_public_keys_that_verify_their_organizations_tickets()
    {
        var claims = TicketKeys.ClaimsFor(TestData.OrgA);
        var payload = await factory.SignAsync(claims);

        var response = await factory.CreateClientFor(TestData.StaffA, TestData.OrgA).GetAsync(Route);
        var keys = await response.ShouldBeOkAsync<List<TicketPublicKeyDto>>();

        keys.ShouldAllBe(k => k.Algorithm == "Ed25519");
        keys.Count(k => k.IsActive).ShouldBe(1);
        TicketPayloadVerifier.Verify(payload, keys.ToDictionary(k => k.KeyId, k => k.PublicKey)).Claims.ShouldBe(claims);
    }

    [Fact]
    public async Task Should_list_only_the_callers_organizations_keys()
    {
        await factory.SignAsync(TicketKeys.ClaimsFor(TestData.OrgA));
        await factory.SignAsync(TicketKeys.ClaimsFor(TestData.OrgB));
        var keysOfB = await factory.PublicKeysOfAsync(TestData.OrgB);

        var response = await factory.CreateClientFor(TestData.UserA, TestData.OrgA).GetAsync(Route);
        var keys = await response.ShouldBeOkAsync<List<TicketPublicKeyDto>>();

        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(k => !keysOfB.ContainsKey(k.KeyId));
    }

    [Fact]
    public async Task Should_refuse_the_keys_to_an_attendee()
    {
        var response = await factory.CreateClientFor(TestData.AttendeeA, TestData.OrgA).GetAsync(Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
