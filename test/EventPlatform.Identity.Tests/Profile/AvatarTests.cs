using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Profile;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Profile;

/// <summary>Avatar upload on the profile page: size and type checked on the bytes, stored as a blob, served by a signed URL.</summary>
[Collection(IdentityCollection.Name)]
public sealed class AvatarTests(IdentityTestFactory factory)
{
    /// <summary>A 1x1 transparent PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private async Task<(TestBrowser Browser, HttpClient Api)> SignedInAsync()
    {
        var user = await TestAccounts.CreateUserAsync(factory);
        return (TestAccounts.BrowserFor(factory, user), factory.CreateClientFor(user));
    }

    [Fact]
    public async Task Should_store_an_uploaded_png_and_serve_it_from_a_signed_url()
    {
        var (browser, api) = await SignedInAsync();

        var upload = await browser.PostFileAsync("/account/profile", "Avatar", "avatar", Png, "me.png", "image/png");

        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var profile = await (await api.GetAsync("api/identity/profile")).ShouldBeOkAsync<ProfileDto>();
        var image = await api.GetAsync(profile.AvatarUrl!.ToString());
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await image.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
    }

    [Fact]
    public async Task Should_refuse_a_picture_larger_than_1_MB()
    {
        var (browser, api) = await SignedInAsync();
        var large = Png.Concat(new byte[ProfileConsts.MaxAvatarBytes]).ToArray();

        var upload = await browser.PostFileAsync("/account/profile", "Avatar", "avatar", large, "big.png", "image/png");

        (await upload.Content.ReadAsStringAsync()).ShouldContain("The picture is too large: it may be at most 1 MB.");
        (await (await api.GetAsync("api/identity/profile")).ShouldBeOkAsync<ProfileDto>()).AvatarUrl.ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_file_that_only_claims_to_be_an_image()
    {
        var (browser, api) = await SignedInAsync();
        var script = "<svg onload=alert(1)>"u8.ToArray();

        var upload = await browser.PostFileAsync("/account/profile", "Avatar", "avatar", script, "me.png", "image/png");

        (await upload.Content.ReadAsStringAsync()).ShouldContain("Choose a PNG, JPEG or WebP picture.");
        (await (await api.GetAsync("api/identity/profile")).ShouldBeOkAsync<ProfileDto>()).AvatarUrl.ShouldBeNull();
    }

    [Fact]
    public async Task Should_remove_the_avatar()
    {
        var (browser, api) = await SignedInAsync();
        await browser.PostFileAsync("/account/profile", "Avatar", "avatar", Png, "me.png", "image/png");
        var url = (await (await api.GetAsync("api/identity/profile")).ShouldBeOkAsync<ProfileDto>()).AvatarUrl!;

        (await api.DeleteAsync("api/identity/profile/avatar")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await api.GetAsync("api/identity/profile")).ShouldBeOkAsync<ProfileDto>()).AvatarUrl.ShouldBeNull();
        (await api.GetAsync(url.ToString())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
