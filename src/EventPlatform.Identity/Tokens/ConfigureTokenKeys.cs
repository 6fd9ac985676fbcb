using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace EventPlatform.Identity.Tokens;

/// <summary>Gives the server the persisted keys: RS256 signing, AES-256 key wrap for codes and refresh tokens.</summary>
internal sealed class ConfigureTokenKeys(TokenKeyStore keys) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        options.SigningCredentials.Add(new SigningCredentials(keys.GetOrCreate(TokenKey.Signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            keys.GetOrCreate(TokenKey.Encryption), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
