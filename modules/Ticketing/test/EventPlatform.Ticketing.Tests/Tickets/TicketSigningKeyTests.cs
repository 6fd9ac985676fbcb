using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Tickets.Signing;
using EventPlatform.Ticketing.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace EventPlatform.Ticketing.Tests.Tickets;

[Collection(TicketingCollection.Name)]
public sealed class TicketSigningKeyTests(TicketingTestFactory factory)
{
    [Fact]
    public async Task Should_give_each_organization_its_own_key()
    {
        var (a, b) = (TicketKeys.NewOrganization(), TicketKeys.NewOrganization());
        await factory.SignAsync(TicketKeys.ClaimsFor(a));
        await factory.SignAsync(TicketKeys.ClaimsFor(b));

        var keysOfA = await factory.KeysOfAsync(a);
        var keysOfB = await factory.KeysOfAsync(b);

        keysOfA.Count.ShouldBe(1);
        keysOfB.Count.ShouldBe(1);
        keysOfA[0].TenantId.ShouldBe(a);
        keysOfB[0].TenantId.ShouldBe(b);
        keysOfA[0].PublicKey.ShouldNotBe(keysOfB[0].PublicKey);
    }

    [Fact]
    public async Task Should_not_verify_an_organizations_payload_with_another_organizations_keys()
    {
        var (a, b) = (TicketKeys.NewOrganization(), TicketKeys.NewOrganization());
        var payloadOfA = await factory.SignAsync(TicketKeys.ClaimsFor(a));
        await factory.SignAsync(TicketKeys.ClaimsFor(b));

        var result = TicketPayloadVerifier.Verify(payloadOfA, await factory.PublicKeysOfAsync(b));

        result.Failure.ShouldBe(TicketVerificationFailure.UnknownKey);
    }

    [Fact]
    public async Task Should_not_verify_a_payload_relabelled_with_another_organizations_key_id()
    {
        var (a, b) = (TicketKeys.NewOrganization(), TicketKeys.NewOrganization());
        var payloadOfA = await factory.SignAsync(TicketKeys.ClaimsFor(a));
        await factory.SignAsync(TicketKeys.ClaimsFor(b));
        var keysOfB = await factory.PublicKeysOfAsync(b);
        var parts = payloadOfA.Split('.');
        parts[1] = keysOfB.Keys.Single();

        TicketPayloadVerifier.Verify(string.Join('.', parts), keysOfB).Failure.ShouldBe(TicketVerificationFailure.BadSignature);
    }

    [Fact]
    public async Task Should_end_with_one_active_key_when_many_first_uses_run_at_once()
    {
        var organization = TicketKeys.NewOrganization();
        var start = new TaskCompletionSource();
        var signings = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await factory.SignAsync(TicketKeys.ClaimsFor(organization));
        })).ToList();

        start.SetResult();
        var payloads = await Task.WhenAll(signings);

        var keys = await factory.KeysOfAsync(organization);
        keys.Count.ShouldBe(1);
        keys[0].IsActive.ShouldBeTrue();
        payloads.Select(p => p.Split('.')[1]).Distinct().ShouldBe([keys[0].KeyId]);
    }

    [Fact]
    public async Task Should_keep_old_payloads_verifiable_after_rotation_and_sign_new_ones_with_the_new_key()
    {
        var organization = TicketKeys.NewOrganization();
        var before = await factory.SignAsync(TicketKeys.ClaimsFor(organization));

        var rotated = await factory.RotateAsync(organization);
        var after = await factory.SignAsync(TicketKeys.ClaimsFor(organization));

        var keys = await factory.KeysOfAsync(organization);
        keys.Count.ShouldBe(2);
        keys.Count(k => k.IsActive).ShouldBe(1);
        keys[0].KeyId.ShouldBe(rotated.KeyId);
        after.Split('.')[1].ShouldBe(rotated.KeyId);
        var scanner = keys.ToDictionary(k => k.KeyId, k => k.PublicKey);
        TicketPayloadVerifier.Verify(before, scanner).IsValid.ShouldBeTrue();
        TicketPayloadVerifier.Verify(after, scanner).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_store_the_private_key_only_encrypted_with_data_protection()
    {
        var organization = TicketKeys.NewOrganization();
        await factory.SignAsync(TicketKeys.ClaimsFor(organization));

        var (stored, raw) = await factory.InTenantAsync(organization, async sp =>
        {
            var key = await sp.GetRequiredService<TicketingDbContext>().Set<TicketSigningKey>().AsNoTracking().SingleAsync();
            var protector = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(TicketKeyStore.ProtectorPurpose);
            return (key, protector.Unprotect(key.ProtectedPrivateKey));
        });

        using var privateKey = Key.Import(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPrivateKey);
        privateKey.PublicKey.Export(KeyBlobFormat.RawPublicKey).ShouldBe(stored.PublicKey);
        stored.ProtectedPrivateKey.AsSpan().IndexOf(raw).ShouldBe(-1);
    }
}
