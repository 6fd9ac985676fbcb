using System.Security.Cryptography;
using EventPlatform.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace EventPlatform.Identity.Tokens;

/// <summary>Loads the server's keys from the database, creating each on first use; the first node to insert one wins.</summary>
public sealed class TokenKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider clock)
{
    private const int RsaKeyBits = 2048;
    private const int SymmetricKeyBytes = 32;

    private readonly IDataProtector _protector = dataProtection.CreateProtector("EventPlatform.Tokens.Keys");

    /// <summary>Synchronous on purpose: options are built synchronously, once per process.</summary>
    public SecurityKey GetOrCreate(string use)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var key = db.TokenKeys.AsNoTracking().SingleOrDefault(k => k.Use == use);
        if (key is null)
        {
            var created = new TokenKey(use, _protector.Protect(NewMaterial(use)), clock.GetUtcNow());
            db.TokenKeys.Add(created);
            try
            {
                db.SaveChanges();
                key = created;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another node created it at the same moment: use theirs.
                db.ChangeTracker.Clear();
                key = db.TokenKeys.AsNoTracking().Single(k => k.Use == use);
            }
        }

        return ToSecurityKey(key);
    }

    private static string NewMaterial(string use)
    {
        if (use == TokenKey.Encryption) return Convert.ToBase64String(RandomNumberGenerator.GetBytes(SymmetricKeyBytes));
        using var rsa = RSA.Create(RsaKeyBits);
        return rsa.ExportRSAPrivateKeyPem();
    }

    private SecurityKey ToSecurityKey(TokenKey key)
    {
        var material = _protector.Unprotect(key.ProtectedMaterial);
        if (key.Use == TokenKey.Encryption)
        {
            return new SymmetricSecurityKey(Convert.FromBase64String(material)) { KeyId = key.KeyId };
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(material);
        return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
    }
}
