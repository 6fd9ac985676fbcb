using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Blobs;

[Collection(PlatformCollection.Name)]
public sealed class BlobDownloadTests(PlatformTestFactory factory)
{
    private Task<Uri> SaveAndSignAsync(string content, TimeSpan validFor, string name = "banner.html") =>
        factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var banners = sp.GetRequiredService<IBlobContainer<EventBanners>>();
            var unique = $"{Guid.NewGuid():N}/{name}";
            await banners.SaveAsync(unique, new MemoryStream(Encoding.UTF8.GetBytes(content)), "text/html");
            return await banners.GetDownloadUrlAsync(unique, validFor);
        });

    private static async Task ShouldBeNotFoundProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(PlatformErrorCodes.NotFound);
    }

    [Fact]
    public async Task Should_serve_a_blob_through_its_signed_url_without_signing_in()
    {
        var url = await SaveAndSignAsync("<h1>Summer fest</h1>", TimeSpan.FromMinutes(5));

        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldBe("<h1>Summer fest</h1>");
    }

    [Fact]
    public async Task Should_serve_uploaded_content_sandboxed_and_unsniffed()
    {
        var url = await SaveAndSignAsync("<script>alert(1)</script>", TimeSpan.FromMinutes(5));

        var response = await factory.CreateClient().GetAsync(url);

        response.Headers.GetValues("Content-Security-Policy").ShouldBe(["sandbox"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task Should_answer_404_for_an_expired_url()
    {
        var url = await SaveAndSignAsync("old", TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);

        var response = await factory.CreateClient().GetAsync(url);

        await ShouldBeNotFoundProblemAsync(response);
    }

    [Fact]
    public async Task Should_answer_404_for_a_tampered_token()
    {
        var url = (await SaveAndSignAsync("secret", TimeSpan.FromMinutes(5))).ToString();
        // A character in the middle: every bit of it is payload (the last one may carry unused padding bits).
        var middle = BlobUrlSigner.RoutePrefix.Length + (url.Length - BlobUrlSigner.RoutePrefix.Length) / 2;
        var tampered = url[..middle] + (url[middle] == 'A' ? 'B' : 'A') + url[(middle + 1)..];

        var response = await factory.CreateClient().GetAsync(tampered);

        await ShouldBeNotFoundProblemAsync(response);
    }

    [Fact]
    public async Task Should_answer_404_for_a_token_that_is_not_one_of_ours()
    {
        var response = await factory.CreateClient().GetAsync("/blobs/not-a-token");

        await ShouldBeNotFoundProblemAsync(response);
    }

    [Fact]
    public async Task Should_answer_404_once_the_blob_is_deleted()
    {
        var url = await SaveAndSignAsync("gone soon", TimeSpan.FromMinutes(5), "gone.txt");
        var name = url.ToString();
        await factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var signer = sp.GetRequiredService<BlobUrlSigner>();
            signer.TryRead(name[BlobUrlSigner.RoutePrefix.Length..], out var location).ShouldBeTrue();
            await sp.GetRequiredService<IBlobContainer<EventBanners>>().DeleteAsync(location.Name);
        });

        var response = await factory.CreateClient().GetAsync(url);

        await ShouldBeNotFoundProblemAsync(response);
    }
}
