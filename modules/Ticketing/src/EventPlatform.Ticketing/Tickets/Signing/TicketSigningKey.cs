using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Ticketing.Tickets.Signing;

/// <summary>
/// An organization's Ed25519 key for ticket QR codes. One is active (signs new tickets); retired ones stay so that
/// tickets already sent keep verifying. The private half is stored encrypted with Data Protection.
/// </summary>
public sealed class TicketSigningKey : Entity, IMultiTenant
{
    public const int KeyIdLength = 8;
    public const int PublicKeyLength = 32;

    private TicketSigningKey()
    {
    }

    public TicketSigningKey(string keyId, byte[] publicKey, byte[] protectedPrivateKey, DateTimeOffset createdAt)
    {
        if (keyId.Length != KeyIdLength || !TicketPayload.IsKeyIdCharacters(keyId))
        {
            throw new ArgumentException($"A key id is {KeyIdLength} base64url characters.", nameof(keyId));
        }

        if (publicKey.Length != PublicKeyLength) throw new ArgumentException("An Ed25519 public key has 32 bytes.", nameof(publicKey));
        if (protectedPrivateKey.Length == 0) throw new ArgumentException("The protected private key is empty.", nameof(protectedPrivateKey));
        KeyId = keyId;
        PublicKey = publicKey;
        ProtectedPrivateKey = protectedPrivateKey;
        CreatedAt = createdAt;
        IsActive = true;
    }

    public Guid TenantId { get; private set; }

    /// <summary>Printed in every payload signed with this key; scanners look the public key up by it.</summary>
    public string KeyId { get; private set; } = null!;

    public byte[] PublicKey { get; private set; } = null!;

    /// <summary>The raw private key, encrypted with Data Protection (purpose <see cref="TicketKeyStore.ProtectorPurpose"/>).</summary>
    public byte[] ProtectedPrivateKey { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Stops signing with this key; it keeps verifying what it signed.</summary>
    public void Retire() => IsActive = false;
}
