using EventPlatform.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;
using NSec.Cryptography;

namespace EventPlatform.Ticketing.Tickets.Signing;

/// <summary>Publishes the organization's ticket public keys to its scanners.</summary>
[Authorize(TicketingPermissions.Registrations.Manage)]
public sealed class TicketKeyAppService(TicketKeyStore keys, IPermissionChecker permissions) : ITicketKeyAppService
{
    public async Task<IReadOnlyList<TicketPublicKeyDto>> GetListAsync()
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        var list = await keys.GetListAsync();
        return list.Select(k => new TicketPublicKeyDto(k.KeyId, nameof(SignatureAlgorithm.Ed25519), k.PublicKey, k.CreatedAt, k.IsActive)).ToList();
    }
}
