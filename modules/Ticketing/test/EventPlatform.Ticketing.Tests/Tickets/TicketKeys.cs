using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Tickets.Documents;
using EventPlatform.Ticketing.Tickets.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tests.Tickets;

/// <summary>Signing and key look-ups through the real services, each in its own scope inside an organization.</summary>
internal static class TicketKeys
{
    /// <summary>An organization id no other test uses, so "first use" really is the first.</summary>
    public static Guid NewOrganization() => Guid.CreateVersion7();

    public static TicketClaims ClaimsFor(Guid organization, string code = "K7Q2-M9XA") =>
        new(organization, Guid.CreateVersion7(), Guid.CreateVersion7(), code);

    public static Task<string> SignAsync(this TicketingTestFactory factory, TicketClaims claims) =>
        factory.InTenantAsync(claims.OrganizationId, sp => sp.GetRequiredService<TicketSigner>().SignAsync(claims));

    public static Task<TicketSigningKey> RotateAsync(this TicketingTestFactory factory, Guid organization) =>
        factory.InTenantAsync(organization, sp => sp.GetRequiredService<TicketKeyStore>().RotateAsync());

    public static Task<IReadOnlyList<TicketSigningKey>> KeysOfAsync(this TicketingTestFactory factory, Guid organization) =>
        factory.InTenantAsync(organization, sp => sp.GetRequiredService<TicketKeyStore>().GetListAsync());

    /// <summary>What a scanner of <paramref name="organization"/> holds: its public keys by key id.</summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> PublicKeysOfAsync(this TicketingTestFactory factory, Guid organization) =>
        (await factory.KeysOfAsync(organization)).ToDictionary(k => k.KeyId, k => k.PublicKey);
}
