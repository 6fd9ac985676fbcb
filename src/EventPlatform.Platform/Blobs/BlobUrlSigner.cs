using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace EventPlatform.Platform.Blobs;

/// <summary>
/// Download tokens: the blob's location, encrypted and signed by Data Protection with an expiry. A
/// tampered, expired or foreign token does not unprotect.
/// </summary>
public sealed class BlobUrlSigner(IDataProtectionProvider provider)
{
    public const string RoutePrefix = "/blobs/";

    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("EventPlatform.Blobs.DownloadUrl.v1").ToTimeLimitedDataProtector();

    public Uri CreateUrl(BlobLocation location, TimeSpan validFor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validFor, TimeSpan.Zero);
        var payload = JsonSerializer.Serialize(new Payload(location.Container, location.TenantId, location.Name));
        return new Uri(RoutePrefix + _protector.Protect(payload, validFor), UriKind.Relative);
    }

    public bool TryRead(string token, [NotNullWhen(true)] out BlobLocation? location)
    {
        location = null;
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token));
            if (payload is null) return false;
            location = new BlobLocation(payload.C, payload.T, payload.N);
            return true;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return false;
        }
    }

    // Short property names keep the URL short.
    private sealed record Payload(string C, Guid? T, string N);
}
