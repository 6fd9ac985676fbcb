using EventPlatform.Platform.Blobs;
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
        var (type, extension) = ImageSignature.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) ?? throw Invalid();
        buffer.Position = 0;
        return new LogoUpload(buffer, type, extension);
    }

    private static BusinessException Invalid() =>
        new BusinessException(IdentityErrorCodes.InvalidLogo).WithData("maxKilobytes", OrganizationConsts.MaxLogoBytes / 1024);
}
