using System.Globalization;
using System.Net;
using System.Text;
using EventPlatform.Events.Data;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Tests.Events;
using EventPlatform.Platform.Settings;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Tests.Sessions;

[Collection(EventsCollection.Name)]
public sealed class SessionAttachmentTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_store_a_pdf_with_its_name_and_type()
    {
        var session = await NewSessionAsync(Admin);

        var stored = await (await Admin.UploadAsync(session.Id, "slides.pdf", AgendaApi.Pdf(), "application/pdf")).ShouldBeOkAsync<SessionAttachmentDto>();

        stored.FileName.ShouldBe("slides.pdf");
        stored.ContentType.ShouldBe("application/pdf");
        stored.Length.ShouldBe(AgendaApi.Pdf().Length);
    }

    [Fact]
    public async Task Should_store_a_file_named_pdf_with_png_bytes_as_png()
    {
        var session = await NewSessionAsync(Admin);

        var stored = await (await Admin.UploadAsync(session.Id, "photo.pdf", AgendaApi.Png(), "application/pdf")).ShouldBeOkAsync<SessionAttachmentDto>();

        stored.ContentType.ShouldBe("image/png");
        stored.FileName.ShouldBe("photo.png");
    }

    [Fact]
    public async Task Should_refuse_an_executable_renamed_to_pdf()
    {
        var session = await NewSessionAsync(Admin);

        var response = await Admin.UploadAsync(session.Id, "invoice.pdf", AgendaApi.Executable(), "application/pdf");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.AttachmentTypeNotAllowed);
    }

    [Fact]
    public async Task Should_accept_utf8_plain_text()
    {
        var session = await NewSessionAsync(Admin);

        var stored = await (await Admin.UploadAsync(session.Id, "notes", Encoding.UTF8.GetBytes("Grüße aus Köln – see you at 10:00.\n"))).ShouldBeOkAsync<SessionAttachmentDto>();

        stored.ContentType.ShouldBe("text/plain");
        stored.FileName.ShouldBe("notes.txt");
    }

    [Fact]
    public async Task Should_refuse_a_file_larger_than_the_maximum()
    {
        var session = await NewSessionAsync(Admin);

        var response = await Admin.UploadAsync(session.Id, "huge.pdf", AgendaApi.Pdf((int)SessionConsts.MaxAttachmentBytes + 1), "application/pdf");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.AttachmentTooLarge);
    }

    [Fact]
    public async Task Should_refuse_an_upload_beyond_the_organizations_storage_quota()
    {
        // Organization B gets a quota just above what it stores now, so one more small file fits and a second does not.
        var owner = factory.CreateClientFor(TestData.UserB, TestData.OrgB);
        var session = await NewSessionAsync(owner);
        var used = await factory.InTenantAsync(TestData.OrgB, sp => sp.GetRequiredService<EventsDbContext>().SessionAttachments.SumAsync(a => (long?)a.Length)) ?? 0;
        await SetQuotaOfBAsync((used + 1500).ToString(CultureInfo.InvariantCulture));
        try
        {
            await (await owner.UploadAsync(session.Id, "first.pdf", AgendaApi.Pdf(1000))).ShouldBeOkAsync<SessionAttachmentDto>();

            var response = await owner.UploadAsync(session.Id, "second.pdf", AgendaApi.Pdf(1000));

            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.StorageQuotaExceeded);
        }
        finally
        {
            await SetQuotaOfBAsync(null);
        }
    }

    [Fact]
    public async Task Should_download_the_uploaded_bytes_through_an_expiring_signed_url()
    {
        var session = await NewSessionAsync(Admin);
        var bytes = AgendaApi.Pdf(2048);
        var stored = await (await Admin.UploadAsync(session.Id, "handout.pdf", bytes)).ShouldBeOkAsync<SessionAttachmentDto>();

        var redirect = await Admin.GetAsync($"{AgendaApi.Sessions}/{session.Id}/attachments/{stored.Id}");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var download = await factory.CreateClientFor().GetAsync(redirect.Headers.Location!);

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    [Fact]
    public async Task Should_list_and_then_forget_a_deleted_attachment()
    {
        var session = await NewSessionAsync(Admin);
        var stored = await (await Admin.UploadAsync(session.Id, "agenda.pdf", AgendaApi.Pdf())).ShouldBeOkAsync<SessionAttachmentDto>();
        (await (await Admin.GetAsync($"{AgendaApi.Sessions}/{session.Id}")).ShouldBeOkAsync<SessionDto>()).Attachments.ShouldContain(a => a.Id == stored.Id);

        (await Admin.DeleteAsync($"{AgendaApi.Sessions}/{session.Id}/attachments/{stored.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await Admin.GetAsync($"{AgendaApi.Sessions}/{session.Id}")).ShouldBeOkAsync<SessionDto>()).Attachments.ShouldBeEmpty();
        (await Admin.GetAsync($"{AgendaApi.Sessions}/{session.Id}/attachments/{stored.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_downloads_a_file()
    {
        var session = await NewSessionAsync(Admin);
        var stored = await (await Admin.UploadAsync(session.Id, "private.pdf", AgendaApi.Pdf())).ShouldBeOkAsync<SessionAttachmentDto>();

        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).GetAsync($"{AgendaApi.Sessions}/{session.Id}/attachments/{stored.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.AttachmentNotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_uploads_to_a_session()
    {
        var session = await NewSessionAsync(Admin);

        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).UploadAsync(session.Id, "intruder.pdf", AgendaApi.Pdf());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.SessionNotFound);
    }

    private static async Task<SessionDto> NewSessionAsync(HttpClient client) =>
        await client.CreateSessionAsync((await client.CreateEventAsync()).Id);

    private Task SetQuotaOfBAsync(string? bytes) =>
        factory.InTenantAsync(TestData.OrgB, sp => sp.GetRequiredService<ISettingManager>().SetForCurrentTenantAsync(EventsSettings.AttachmentQuotaBytes, bytes));
}
