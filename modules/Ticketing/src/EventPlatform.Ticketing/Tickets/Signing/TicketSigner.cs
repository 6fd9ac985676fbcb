using System.Text;
using EventPlatform.Ticketing.Tickets.Documents;
using NSec.Cryptography;

namespace EventPlatform.Ticketing.Tickets.Signing;

/// <summary>Signs ticket claims with the current organization's active key into a compact QR payload (<see cref="TicketPayload"/>).</summary>
public sealed class TicketSigner(TicketKeyStore keys) : IDisposable
{
    // One order signs many tickets: load and decrypt the key once per scope.
    private (string KeyId, Key Key)? _active;

    public async Task<string> SignAsync(TicketClaims claims, CancellationToken cancellationToken = default)
    {
        var (keyId, key) = await ActiveAsync(cancellationToken);
        var signedPart = TicketPayload.SignedPart(keyId, claims);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.ASCII.GetBytes(signedPart));
        return TicketPayload.Compose(signedPart, signature);
    }

    public void Dispose() => _active?.Key.Dispose();

    private async Task<(string KeyId, Key Key)> ActiveAsync(CancellationToken cancellationToken)
    {
        if (_active is { } active) return active;
        var stored = await keys.GetActiveAsync(cancellationToken);
        _active = (stored.KeyId, keys.OpenPrivateKey(stored));
        return _active.Value;
    }
}
