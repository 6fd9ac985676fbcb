using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EventPlatform.Platform.Blobs;

public static class BlobEndpoints
{
    /// <summary><c>GET /blobs/{token}</c>: streams the blob a signed URL points to; 404 when the token is expired, tampered or the blob is gone.</summary>
    public static IEndpointRouteBuilder MapPlatformBlobs(this IEndpointRouteBuilder app)
    {
        app.MapGet(BlobUrlSigner.RoutePrefix + "{token}", async (string token, BlobUrlSigner signer, IBlobStore store, HttpContext http) =>
        {
            var blob = signer.TryRead(token, out var location)
                ? await store.GetOrNullAsync(location, http.RequestAborted)
                : null;
            if (blob is null) throw new BusinessException(PlatformErrorCodes.NotFound, StatusCodes.Status404NotFound);

            // Uploaded content is served from our origin: never sniffed, never able to script the site.
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = "sandbox";
            return Results.Stream(blob.Content, blob.ContentType, enableRangeProcessing: true);
        })
        .AllowAnonymous()
        .ExcludeFromDescription();
        return app;
    }
}
