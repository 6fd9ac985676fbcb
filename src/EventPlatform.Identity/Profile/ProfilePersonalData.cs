using EventPlatform.Identity.Data;
using EventPlatform.Identity.Gdpr;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Profile;

/// <summary>The user's sign-in sessions (device, IP address, times) in the personal data download.</summary>
public sealed class ProfilePersonalDataProvider(IdentityModuleDbContext db) : IPersonalDataProvider
{
    public string Section => "sessions";

    public async Task<object?> GetPersonalDataAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var sessions = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new { s.Id, s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt, s.ExpiresAt })
            .ToListAsync(cancellationToken);
        return sessions.Count == 0 ? null : sessions;
    }
}

/// <summary>Ends and deletes every sign-in session of the user and deletes the avatar picture.</summary>
public sealed class ProfilePersonalDataEraser(IdentityModuleDbContext db, IBlobContainer<Avatars> avatars) : IPersonalDataEraser
{
    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var avatar = await db.Users.Where(u => u.Id == userId).Select(u => u.AvatarBlobName).FirstOrDefaultAsync(cancellationToken);
        if (avatar is not null)
        {
            // Avatars belong to no organization (see AvatarService).
            using (new CurrentTenant().Change(null))
            {
                await avatars.DeleteAsync(avatar, cancellationToken);
            }
        }
    }
}
