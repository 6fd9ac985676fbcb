using EventPlatform.Platform.Domain;

namespace EventPlatform.Identity.Tokens;

/// <summary>
/// A key of the OpenID Connect server, generated once and kept in the database (protected with Data Protection), so that
/// every node and every restart signs and encrypts with the same key. One key per use.
/// </summary>
public sealed class TokenKey : Entity
{
    public const string Signing = "sig";
    public const string Encryption = "enc";
    public const int MaxUseLength = 3;

    private TokenKey()
    {
    }

    public TokenKey(string use, string protectedMaterial, DateTimeOffset createdAt)
    {
        Use = use is Signing or Encryption ? use : throw new ArgumentOutOfRangeException(nameof(use), use, "Unknown key use.");
        ProtectedMaterial = protectedMaterial;
        CreatedAt = createdAt;
    }

    public string Use { get; private set; } = null!;

    /// <summary>The private key (PEM) or symmetric key (base64), encrypted with Data Protection.</summary>
    public string ProtectedMaterial { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The <c>kid</c> published in the JWKS and stamped on tokens.</summary>
    public string KeyId => Id.ToString("N");
}
