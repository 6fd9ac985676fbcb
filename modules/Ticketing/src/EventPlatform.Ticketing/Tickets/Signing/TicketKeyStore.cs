using System.Security.Cryptography;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using Npgsql;

namespace EventPlatform.Ticketing.Tickets.Signing;

/// <summary>
/// The current organization's signing keys: creates the first one on first use and rotates on demand. Writes run in
/// a scope of their own, so a lost race (unique violation) never aborts the caller's transaction.
/// </summary>
public sealed class TicketKeyStore(
    TicketingDbContext db,
    IServiceScopeFactory scopes,
    ICurrentTenant tenant,
    IDataProtectionProvider dataProtection,
    TimeProvider clock)
{
    public const string ProtectorPurpose = "Ticketing.TicketSigningKey";
    private const int KeyIdBytes = 6; // 8 base64url characters

    private readonly IDataProtector _protector = dataProtection.CreateProtector(ProtectorPurpose);

    /// <summary>The key new tickets are signed with, created when the organization has none yet.</summary>
    public async Task<TicketSigningKey> GetActiveAsync(CancellationToken cancellationToken = default)
    {
        EnsureTenant();
        return await FindActiveAsync(db, cancellationToken) ?? await CreateFirstAsync(cancellationToken);
    }

    /// <summary>Every key of the organization, the active one first, then newest first.</summary>
    public async Task<IReadOnlyList<TicketSigningKey>> GetListAsync(CancellationToken cancellationToken = default)
    {
        EnsureTenant();
        return await db.Set<TicketSigningKey>().AsNoTracking()
            .OrderByDescending(k => k.IsActive).ThenByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Makes a new active key; the old ones stay for verifying tickets already issued.</summary>
    public async Task<TicketSigningKey> RotateAsync(CancellationToken cancellationToken = default)
    {
        EnsureTenant();
        return await InOwnScopeAsync(async scopedDb =>
        {
            await using var transaction = await scopedDb.Database.BeginTransactionAsync(cancellationToken);
            foreach (var key in await scopedDb.Set<TicketSigningKey>().Where(k => k.IsActive).ToListAsync(cancellationToken))
            {
                key.Retire();
            }

            // The retirement must reach the database before the insert, or the one-active index refuses the new key.
            await scopedDb.SaveChangesAsync(cancellationToken);
            var created = NewKey();
            scopedDb.Add(created);
            await scopedDb.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return created;
        }, cancellationToken);
    }

    /// <summary>The private key of <paramref name="key"/>, decrypted; the caller disposes it.</summary>
    public Key OpenPrivateKey(TicketSigningKey key) =>
        Key.Import(SignatureAlgorithm.Ed25519, _protector.Unprotect(key.ProtectedPrivateKey), KeyBlobFormat.RawPrivateKey);

    private Task<TicketSigningKey> CreateFirstAsync(CancellationToken cancellationToken) => InOwnScopeAsync(async scopedDb =>
    {
        var created = NewKey();
        scopedDb.Add(created);
        await scopedDb.SaveChangesAsync(cancellationToken);
        return created;
    }, cancellationToken);

    /// <summary>Runs a write in a new scope; when another request created the active key first, returns theirs.</summary>
    private async Task<TicketSigningKey> InOwnScopeAsync(Func<TicketingDbContext, Task<TicketSigningKey>> write, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var scopedDb = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        try
        {
            return await write(scopedDb);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            scopedDb.ChangeTracker.Clear();
            return await FindActiveAsync(scopedDb, cancellationToken)
                ?? throw new InvalidOperationException("A ticket signing key was created concurrently but cannot be read back.", e);
        }
    }

    private TicketSigningKey NewKey()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters
        {
            ExportPolicy = KeyExportPolicies.AllowPlaintextExport,
        });
        return new TicketSigningKey(
            Base64Url(RandomNumberGenerator.GetBytes(KeyIdBytes)),
            key.PublicKey.Export(KeyBlobFormat.RawPublicKey),
            _protector.Protect(key.Export(KeyBlobFormat.RawPrivateKey)),
            clock.GetUtcNow());
    }

    private static Task<TicketSigningKey?> FindActiveAsync(TicketingDbContext context, CancellationToken cancellationToken) =>
        context.Set<TicketSigningKey>().AsNoTracking().SingleOrDefaultAsync(k => k.IsActive, cancellationToken);

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private void EnsureTenant()
    {
        // Keys belong to an organization; signing on the host side would be a bug, not a shared key.
        if (tenant.Id is null) throw new InvalidOperationException("Ticket signing keys are used inside an organization only.");
    }
}
