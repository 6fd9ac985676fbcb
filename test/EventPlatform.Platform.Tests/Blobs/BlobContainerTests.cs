using System.Text;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Blobs;

[Collection(PlatformCollection.Name)]
public sealed class BlobContainerTests(PlatformTestFactory factory)
{
    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private Task<T> InTenant<T>(Guid? tenant, Func<IBlobContainer<AvatarPictures>, Task<T>> action) =>
        factory.InTenantAsync(tenant, sp => action(sp.GetRequiredService<IBlobContainer<AvatarPictures>>()));

    private static async Task<string?> ReadAsync(BlobContent? blob)
    {
        if (blob is null) return null;
        await using var content = blob.Content;
        using var reader = new StreamReader(content);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Should_read_back_a_saved_blob_with_its_content_type_and_length()
    {
        var name = $"users/{Guid.NewGuid():N}.svg";
        await InTenant(TestData.OrgA, async c => { await c.SaveAsync(name, Text("<svg/>"), "image/svg+xml"); return true; });

        var blob = await InTenant(TestData.OrgA, c => c.GetOrNullAsync(name));

        blob.ShouldNotBeNull();
        blob.ContentType.ShouldBe("image/svg+xml");
        blob.Length.ShouldBe(6);
        (await ReadAsync(blob)).ShouldBe("<svg/>");
    }

    [Fact]
    public async Task Should_replace_the_content_of_a_blob_saved_again()
    {
        var name = $"{Guid.NewGuid():N}.txt";
        await InTenant(TestData.OrgA, async c => { await c.SaveAsync(name, Text("first"), "text/plain"); return true; });
        await InTenant(TestData.OrgA, async c => { await c.SaveAsync(name, Text("second"), "text/markdown"); return true; });

        var blob = await InTenant(TestData.OrgA, c => c.GetOrNullAsync(name));

        blob!.ContentType.ShouldBe("text/markdown");
        (await ReadAsync(blob)).ShouldBe("second");
    }

    [Fact]
    public async Task Should_delete_a_blob_and_report_whether_it_existed()
    {
        var name = $"{Guid.NewGuid():N}.txt";
        await InTenant(TestData.OrgA, async c => { await c.SaveAsync(name, Text("x"), "text/plain"); return true; });

        var first = await InTenant(TestData.OrgA, c => c.DeleteAsync(name));
        var second = await InTenant(TestData.OrgA, c => c.DeleteAsync(name));
        var after = await InTenant(TestData.OrgA, c => c.GetOrNullAsync(name));

        (first, second).ShouldBe((true, false));
        after.ShouldBeNull();
    }

    [Fact]
    public async Task Should_not_let_an_organization_read_or_delete_another_organizations_blob()
    {
        var name = $"{Guid.NewGuid():N}.txt";
        await InTenant(TestData.OrgA, async c => { await c.SaveAsync(name, Text("A's secret"), "text/plain"); return true; });

        var readByB = await InTenant(TestData.OrgB, c => c.GetOrNullAsync(name));
        var deletedByB = await InTenant(TestData.OrgB, c => c.DeleteAsync(name));
        var stillThere = await InTenant(TestData.OrgA, c => c.GetOrNullAsync(name));

        readByB.ShouldBeNull();
        deletedByB.ShouldBeFalse();
        (await ReadAsync(stillThere)).ShouldBe("A's secret");
    }

    [Fact]
    public async Task Should_store_blobs_under_container_and_tenant_folders()
    {
        var name = $"{Guid.NewGuid():N}.txt";
        await InTenant(TestData.OrgA, async c => { await c.SaveAsync(name, Text("x"), "text/plain"); return true; });

        File.Exists(Path.Combine(factory.DataDirectory, "blobs", "avatars", TestData.OrgA.ToString(), name)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("folder/")]
    [InlineData("a//b")]
    [InlineData("./a")]
    [InlineData("with space.txt")]
    [InlineData("umlaut-ä.txt")]
    [InlineData("back\\slash")]
    [InlineData("photo.jpg.meta")]
    [InlineData("")]
    public async Task Should_refuse_an_invalid_blob_name_with_400(string name)
    {
        var exception = await Should.ThrowAsync<BusinessException>(() =>
            InTenant(TestData.OrgA, async c => { await c.SaveAsync(name, Text("x"), "text/plain"); return true; }));

        exception.Code.ShouldBe(PlatformErrorCodes.InvalidBlobName);
        exception.StatusCode.ShouldBe(400);
    }

    [Fact]
    public void Should_refuse_a_blob_name_longer_than_256_characters()
    {
        BlobNames.Validate(new string('a', 256)).ShouldNotBeNull();
        Should.Throw<BusinessException>(() => BlobNames.Validate(new string('a', 257))).Code.ShouldBe(PlatformErrorCodes.InvalidBlobName);
    }

    [Fact]
    public void Should_name_a_container_by_its_attribute_or_the_kebab_cased_class_name()
    {
        BlobNames.ContainerOf(typeof(AvatarPictures)).ShouldBe("avatars");
        BlobNames.ContainerOf(typeof(EventBanners)).ShouldBe("event-banners");
    }
}
