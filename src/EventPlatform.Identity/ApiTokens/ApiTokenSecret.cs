using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace EventPlatform.Identity.ApiTokens;

/// <summary>
/// Token format <c>ep_{organization id, 32 hex}_{32 random bytes, base64url}</c>. The organization is part of the token so
/// that its lookup runs inside that organization (row-level security holds even while authenticating).
/// </summary>
public static class ApiTokenSecret
{
    public const int HashLength = SHA256.HashSizeInBytes;

    private const int SecretBytes = 32;

    public static string Generate(Guid organizationId) =>
        $"{ApiTokenConsts.Prefix}{organizationId:N}_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes))}";

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static string HintOf(string token) => token[^ApiTokenConsts.HintLength..];

    /// <summary>The organization a well-formed token was issued for.</summary>
    public static bool TryReadOrganization(string token, [NotNullWhen(true)] out Guid? organizationId)
    {
        organizationId = null;
        var prefix = ApiTokenConsts.Prefix.Length;
        if (!token.StartsWith(ApiTokenConsts.Prefix, StringComparison.Ordinal) || token.Length < prefix + 33 || token[prefix + 32] != '_'
            || !Guid.TryParseExact(token.AsSpan(prefix, 32), "N", out var id))
        {
            return false;
        }

        organizationId = id;
        return true;
    }
}
