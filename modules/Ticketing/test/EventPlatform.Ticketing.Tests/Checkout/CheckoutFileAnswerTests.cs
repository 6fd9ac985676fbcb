using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EventPlatform.Platform.Blobs;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Pages.Checkout.Files;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tests.Checkout;

[Collection(TicketingCollection.Name)]
public sealed class CheckoutFileAnswerTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_store_a_file_posted_with_the_form_and_keep_its_blob_name_as_the_answer()
    {
        var (checkout, ticketTypeId, questionId) = await CheckoutWithFileQuestionAsync();
        using var form = DetailsForm(await _buyer.GetHtmlAsync(checkout), ticketTypeId);
        form.Add(File("student card"), $"file:Answers[{questionId}]", "card.png");

        var response = await _buyer.PostAsync(checkout, form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe(checkout + "/done");
        var answer = await AnswerOfOrderAsync(checkout);
        answer.ShouldStartWith(checkout.Split('/')[^1].Replace("-", ""));
        answer.ShouldEndWith(".png");
        (await BlobLengthAsync(answer)).ShouldBe("student card".Length);
    }

    [Fact]
    public async Task Should_upload_a_file_answer_ahead_of_the_form_and_return_its_blob_name()
    {
        var (checkout, ticketTypeId, questionId) = await CheckoutWithFileQuestionAsync();
        var page = await _buyer.GetHtmlAsync(checkout);
        using var upload = new MultipartFormDataContent { { new StringContent(CheckoutForms.Token(page)), "__RequestVerificationToken" } };
        upload.Add(File("passport scan"), "file", "scan.pdf");

        var uploaded = await _buyer.PostAsync(checkout + "?handler=Upload", upload);
        var name = (await uploaded.Content.ReadFromJsonAsync<Uploaded>())!.Name;
        using var form = DetailsForm(page, ticketTypeId);
        form.Add(new StringContent(name), $"Answers[{questionId}]");
        var confirmed = await _buyer.PostAsync(checkout, form);

        confirmed.Headers.Location!.ToString().ShouldBe(checkout + "/done");
        (await AnswerOfOrderAsync(checkout)).ShouldBe(name);
        (await BlobLengthAsync(name)).ShouldBe("passport scan".Length);
    }

    [Fact]
    public async Task Should_refuse_the_form_when_a_required_file_is_missing()
    {
        var (checkout, ticketTypeId, questionId) = await CheckoutWithFileQuestionAsync();
        using var form = DetailsForm(await _buyer.GetHtmlAsync(checkout), ticketTypeId);

        var response = await _buyer.PostAsync(checkout, form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"id=\"err-Answers-{questionId}-\"");
    }

    private sealed record Uploaded(string Name);

    private async Task<(string Checkout, Guid TicketTypeId, Guid QuestionId)> CheckoutWithFileQuestionAsync()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var questionId = await factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<TicketingDbContext>();
            var question = new Question(@event.Id, "Student ID (photo)", QuestionType.File, QuestionScope.Order);
            question.Change(QuestionType.File, QuestionScope.Order, isRequired: true, [], [], 0);
            db.Questions.Add(question);
            await db.SaveChangesAsync();
            return question.Id;
        });
        var eventPath = $"/o/{TestData.OrgASlug}/e/{@event.Slug}";
        var html = await _buyer.GetHtmlAsync(eventPath);
        var checkout = (await _buyer.PostFormAsync(eventPath + "/reserve",
        [
            new("__RequestVerificationToken", CheckoutForms.Token(html)), new("IdempotencyKey", CheckoutForms.IdempotencyKey(html)),
            new("Lines[0].TicketTypeId", type.Id.ToString()), new("Lines[0].Quantity", "1"),
        ])).Headers.Location!.ToString();
        return (checkout, type.Id, questionId);
    }

    private static MultipartFormDataContent DetailsForm(string page, Guid ticketTypeId) => new()
    {
        { new StringContent(CheckoutForms.Token(page)), "__RequestVerificationToken" },
        { new StringContent("Ada Lovelace"), "Buyer.Name" },
        { new StringContent("ada@example.com"), "Buyer.Email" },
        { new StringContent(ticketTypeId.ToString()), "Attendees[0].TicketTypeId" },
        { new StringContent("true"), "Attendees[0].SameAsBuyer" },
    };

    private static ByteArrayContent File(string text)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return file;
    }

    private Task<string> AnswerOfOrderAsync(string checkout)
    {
        var reservationId = Guid.Parse(checkout.Split('/')[^1]);
        return factory.InTenantAsync(TestData.OrgA, async sp =>
            (await sp.GetRequiredService<TicketingDbContext>().Orders.AsNoTracking().SingleAsync(o => o.ReservationId == reservationId))
                .Answers.Single().Value!);
    }

    private async Task<long> BlobLengthAsync(string name)
    {
        var blob = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<IBlobContainer<RegistrationFiles>>().GetOrNullAsync(name));
        blob.ShouldNotBeNull();
        await using var content = blob.Content;
        return blob.Length;
    }
}
