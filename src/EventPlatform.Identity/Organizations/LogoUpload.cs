using EventPlatform.Platform.Exceptions;

namespace EventPlatform.Identity.Organizations;

/// <summary>An uploaded logo that passed the size and type checks (the type is read from the file's first bytes, not trusted from the browser).</summary>
public sealed record LogoUpload(Stream Content, string ContentType, string Extension)
{
    public static async Task<LogoUpload> ReadAsync(Stream source, long length, CancellationToken cancellationToken = default)
    {
        if (length is <= 0 or > OrganizationConsts.MaxLogoBytes) throw Invalid();
        var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length is 0 or > OrganizationConsts.MaxLogoBytes) throw Invalid();
        var (type, extension) = Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16)));
        buffer.Position = 0;
        return type is null ? throw Invalid() : new LogoUpload(buffer, type, extension!);
    }

    private static (string? Type, string? Extension) Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? ("image/png", ".png")
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ("image/jpeg", ".jpg")
        : head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? ("image/webp", ".webp")
        : (null, null);

    private static BusinessException Invalid() =>
        new BusinessException(IdentityErrorCodes.InvalidLogo).WithData("maxKilobytes", OrganizationConsts.MaxLogoBytes / 1024);
}
