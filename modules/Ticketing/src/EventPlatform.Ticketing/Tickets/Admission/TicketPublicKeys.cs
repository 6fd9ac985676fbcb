using System.Collections.Concurrent;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Tickets.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tickets.Admission;

/// <summary>
/// Each organization's ticket public keys by key id, read from the database at most every <see cref="Lifetime"/> (or when
/// a payload names a key not seen yet), so verifying a scanned QR code costs no query.
/// </summary>
public sealed class TicketPublicKeys(IServiceScopeFactory scopes, ICurrentTenant tenant, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Guid, (DateTimeOffset ReadAt, IReadOnlyDictionary<string, byte[]> Keys)> _byTenant = new();

    public async Task<IReadOnlyDictionary<string, byte[]>> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        var tenantId = tenant.Id ?? throw new InvalidOperationException("Ticket keys are read in an organization's scope.");
        var now = clock.GetUtcNow();
        if (!refresh && _byTenant.TryGetValue(tenantId, out var kept) && now - kept.ReadAt < Lifetime) return kept.Keys;
        await using var scope = scopes.CreateAsyncScope();
        var keys = (await scope.ServiceProvider.GetRequiredService<TicketKeyStore>().GetListAsync(cancellationToken))
            .ToDictionary(k => k.KeyId, k => k.PublicKey, StringComparer.Ordinal);
        _byTenant[tenantId] = (now, keys);
        return keys;
    }
}
