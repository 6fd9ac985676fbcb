using System.Net;
using System.Net.Http.Json;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests;

/// <summary>Every route of the quota, promo code and question services answers 404 for another organization's ids.</summary>
[Collection(TicketingCollection.Name)]
public sealed class OrganizerIsolationTests(TicketingTestFactory factory)
{
    private readonly HttpClient _ownerA = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _ownerB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);

    [Fact]
    public async Task Should_answer_404_on_every_organizer_route_for_another_organizations_ids()
    {
        var @event = await _ownerA.CreatePublishedEventAsync();
        var type = await _ownerA.CreateTicketTypeAsync(@event.Id);
        var quota = await _ownerA.CreateSharedQuotaAsync(@event.Id, "Hall", 5, type.Id);
        var code = await _ownerA.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10, UsageLimit: 3));
        var question = await _ownerA.CreateQuestionAsync(@event.Id, new QuestionInput("Company", QuestionType.Text, QuestionScope.Order));
        var quotaInput = new QuotaInput("Hall", 1, [type.Id]);
        var codeInput = new PromoCodeInput("STOLEN1", PromoCodeKind.Percentage, 90);
        var questionInput = new QuestionInput("Stolen", QuestionType.Text, QuestionScope.Order);

        HttpResponseMessage[] responses =
        [
            await _ownerB.GetAsync(OrganizerApi.QuotasRoute(@event.Id)),
            await _ownerB.PostAsJsonAsync(OrganizerApi.QuotasRoute(@event.Id), quotaInput),
            await _ownerB.PutAsJsonAsync(OrganizerApi.QuotaRoute(quota.Id), quotaInput),
            await _ownerB.DeleteAsync(OrganizerApi.QuotaRoute(quota.Id)),
            await _ownerB.GetAsync(OrganizerApi.PromoCodesRoute(@event.Id)),
            await _ownerB.PostAsJsonAsync(OrganizerApi.PromoCodesRoute(@event.Id), codeInput),
            await _ownerB.PutAsJsonAsync(OrganizerApi.PromoCodeRoute(code.Id), codeInput),
            await _ownerB.DeleteAsync(OrganizerApi.PromoCodeRoute(code.Id)),
            await _ownerB.GetAsync(OrganizerApi.QuestionsRoute(@event.Id)),
            await _ownerB.PostAsJsonAsync(OrganizerApi.QuestionsRoute(@event.Id), questionInput),
            await _ownerB.PutAsJsonAsync(OrganizerApi.QuestionRoute(question.Id), questionInput),
            await _ownerB.DeleteAsync(OrganizerApi.QuestionRoute(question.Id)),
        ];

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.NotFound);
        (await _ownerA.GetQuotasAsync(@event.Id)).Single(q => q.Id == quota.Id).Size.ShouldBe(5);
        (await _ownerA.GetPromoCodesAsync(@event.Id)).ShouldHaveSingleItem().Code.ShouldBe(code.Code);
        (await (await _ownerA.GetAsync(OrganizerApi.QuestionsRoute(@event.Id))).ShouldBeOkAsync<List<QuestionDto>>()).ShouldHaveSingleItem().Label.ShouldBe("Company");
    }

    [Fact]
    public async Task Should_refuse_the_organizer_routes_to_a_member_without_the_manage_permission()
    {
        var @event = await _ownerA.CreatePublishedEventAsync();
        var attendee = factory.CreateClientFor(TestData.AttendeeA, TestData.OrgA);

        var response = await attendee.GetAsync(OrganizerApi.PromoCodesRoute(@event.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
