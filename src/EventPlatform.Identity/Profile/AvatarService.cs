using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace EventPlatform.Identity.Profile;

/// <summary>
/// Stores a user's avatar after checking its size and that its bytes really are an image; a new upload replaces
/// the old blob. Users are global, so blobs are kept outside any organization.
/// </summary>
public sealed class AvatarService(IBlobContainer<Avatars> blobs, UserManager<User> users, ICurrentTenant currentTenant)
{
    public static readonly TimeSpan UrlLifetime = TimeSpan.FromHours(1);

    public async Task SetAsync(User user, Stream content, CancellationToken cancellationToken = default)
    {
        var bytes = await ReadAtMostAsync(content, ProfileConsts.MaxAvatarBytes + 1, cancellationToken);
        if (bytes.Length > ProfileConsts.MaxAvatarBytes)
        {
            throw new BusinessException(ProfileErrorCodes.AvatarTooLarge, StatusCodes.Status400BadRequest)
                .WithData("max", $"{ProfileConsts.MaxAvatarBytes / 1024 / 1024} MB");
        }

        var (contentType, extension) = ImageSignature.Detect(bytes)
            ?? throw new BusinessException(ProfileErrorCodes.AvatarNotAnImage, StatusCodes.Status400BadRequest);
        var name = $"{user.Id:N}/{Guid.NewGuid():N}{extension}";
        var previous = user.AvatarBlobName;
        using (currentTenant.Change(null))
        {
            await blobs.SaveAsync(name, new MemoryStream(bytes), contentType, cancellationToken);
            user.AvatarBlobName = name;
            await SaveAsync(user);
            if (previous is not null) await blobs.DeleteAsync(previous, cancellationToken);
        }
    }

    public async Task RemoveAsync(User user, CancellationToken cancellationToken = default)
    {
        if (user.AvatarBlobName is not { } name) return;
        user.AvatarBlobName = null;
        await SaveAsync(user);
        using (currentTenant.Change(null))
        {
            await blobs.DeleteAsync(name, cancellationToken);
        }
    }

    /// <summary>A signed URL of the avatar, valid for <see cref="UrlLifetime"/>; null without one.</summary>
    public async Task<Uri?> GetUrlAsync(User user, CancellationToken cancellationToken = default)
    {
        if (user.AvatarBlobName is not { } name) return null;
        using (currentTenant.Change(null))
        {
            return await blobs.GetDownloadUrlAsync(name, UrlLifetime, cancellationToken);
        }
    }

    private async Task SaveAsync(User user)
    {
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Saving the avatar failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream content, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
