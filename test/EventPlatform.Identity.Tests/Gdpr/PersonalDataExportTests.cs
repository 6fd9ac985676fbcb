using System.IO.Compression;
using System.Net;
using System.Text.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Gdpr;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Gdpr;

[Collection(IdentityCollection.Name)]
public sealed class PersonalDataExportTests(IdentityTestFactory factory)
{
    private const string Export = "api/identity/privacy/personal-data";

    private async Task<JsonElement> ExportOfAsync(PersonalDataUser person)
    {
        var export = await factory.CreateClientFor(person.Id).GetAsync(Export);
        return (await export.ShouldBeOkAsync<PersonalDataExportDto>()).Sections["identity"];
    }

    [Fact]
    public async Task Should_export_every_personal_row_the_test_created()
    {
        var person = await PersonalDataUser.CreateAsync(factory, TestData.OrgA, OrganizationRoles.Staff);

        var identity = await ExportOfAsync(person);

        var account = identity.GetProperty("account");
        account.GetProperty("email").GetString().ShouldBe(person.Email);
        account.GetProperty("displayName").GetString().ShouldBe(person.DisplayName);
        account.GetProperty("phoneNumber").GetString().ShouldBe(person.Phone);
        account.GetProperty("preferredCulture").GetString().ShouldBe("de");
        account.GetProperty("timeZone").GetString().ShouldBe("Europe/Berlin");
        var membership = identity.GetProperty("memberships").EnumerateArray().ShouldHaveSingleItem();
        membership.GetProperty("organizationId").GetGuid().ShouldBe(TestData.OrgA);
        membership.GetProperty("role").GetString().ShouldBe(OrganizationRoles.Staff);
        identity.GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ShouldBe([ConsentKinds.Terms, ConsentKinds.Marketing]);
        identity.GetProperty("externalLogins").EnumerateArray().ShouldHaveSingleItem().GetProperty("key").GetString().ShouldBe(person.LoginKey);
        identity.GetProperty("claims").EnumerateArray().ShouldHaveSingleItem().GetProperty("value").GetString().ShouldBe(person.ClaimValue);
    }

    [Fact]
    public async Task Should_export_memberships_of_every_organization_the_user_joined()
    {
        var person = await PersonalDataUser.CreateAsync(factory, TestData.OrgA);
        await factory.InTenantAsync(TestData.OrgB, async sp =>
        {
            var db = sp.GetRequiredService<Data.IdentityModuleDbContext>();
            db.Memberships.Add(new Domain.Membership(person.Id, OrganizationRoles.Guest));
            await db.SaveChangesAsync();
        });

        var identity = await ExportOfAsync(person);

        identity.GetProperty("memberships").EnumerateArray().Select(m => m.GetProperty("organizationId").GetGuid())
            .ShouldBe([TestData.OrgA, TestData.OrgB], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_export_the_users_own_security_events()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        var export = await (await factory.CreateClientFor(person.Id).GetAsync(Export)).ShouldBeOkAsync<PersonalDataExportDto>();

        export.Sections["securityLog"].EnumerateArray().Select(e => e.GetProperty("action").GetString())
            .ShouldBe([SecurityActions.ConsentChanged, SecurityActions.ConsentChanged]);
    }

    [Fact]
    public async Task Should_log_the_download_as_PersonalDataExported()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        await factory.CreateClientFor(person.Id).GetAsync(Export);

        (await AuditRows.ForAsync(factory, person.Id.ToString())).ShouldContain(a => a.Action == SecurityActions.PersonalDataExported && a.UserId == person.Id);
    }

    [Fact]
    public async Task Should_refuse_the_download_to_anonymous_callers()
    {
        var response = await factory.CreateClientFor().GetAsync(Export);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_download_a_zip_archive_with_the_personal_data_from_the_privacy_page()
    {
        var person = await PersonalDataUser.CreateAsync(factory, TestData.OrgA);

        var response = await PageForms.PostAsync(factory.CreateClientFor(person.Id), "/account/privacy", "Download", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe(GdprConsts.ArchiveFileName);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        zip.Entries.Select(e => e.FullName).ShouldBe([PersonalDataArchive.AllFileName, "sections/identity.json", "sections/securityLog.json"], ignoreOrder: true);
        using var reader = new StreamReader(zip.GetEntry(PersonalDataArchive.AllFileName)!.Open());
        var account = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.GetProperty("sections").GetProperty("identity").GetProperty("account");
        account.GetProperty("email").GetString().ShouldBe(person.Email);
        account.GetProperty("phoneNumber").GetString().ShouldBe(person.Phone);
    }
}
