using System.Net;
using System.Net.Http.Headers;
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
    [Fact]
    public async Task Should_store_an_uploaded_file_answer_and_keep_its_blob_name_as_the_answer()
    {
        var organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
        var buyer = factory.CreateClientFor();
        var @event = await organizer.CreatePublishedEventAsync();
        var type = await organizer.CreateTicketTypeAsync(@event.Id);
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
        var html = await buyer.GetHtmlAsync(eventPath);
        var checkout = (await buyer.PostFormAsync(eventPath + "/reserve",
        [
            new("__RequestVerificationToken", CheckoutForms.Token(html)), new("IdempotencyKey", CheckoutForms.IdempotencyKey(html)),
            new("Lines[0].TicketTypeId", type.Id.ToString()), new("Lines[0].Quantity", "1"),
        ])).Headers.Location!.ToString();
        var page = await buyer.GetHtmlAsync(checkout);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(CheckoutForms.Token(page)), "__RequestVerificationToken" },
            { new StringContent("Ada Lovelace"), "Buyer.Name" },
            { new StringContent("ada@example.com"), "Buyer.Email" },
            { new StringContent(type.Id.ToString()), "Attendees[0].TicketTypeId" },
            { new StringContent("true"), "Attendees[0].SameAsBuyer" },
        };
        var file = new ByteArrayContent("student card"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, $"file:Answers[{questionId}]", "card.png");

        var response = await buyer.PostAsync(checkout, form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe(checkout + "/done");
        var answer = await factory.InTenantAsync(TestData.OrgA, async sp =>
            (await sp.GetRequiredService<TicketingDbContext>().Orders.AsNoTracking()
                .SingleAsync(o => o.ReservationId == Guid.Parse(checkout.Split('/')[^1]))).Answers.Single().Value);
        answer.ShouldEndWith(".png");
        var blob = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<IBlobContainer<RegistrationFiles>>().GetOrNullAsync(answer!));
        blob.ShouldNotBeNull();
        blob.Length.ShouldBe("student card"u8.Length);
    }
}
