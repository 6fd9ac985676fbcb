using System.Net;
using System.Net.Http.Json;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.PromoCodes;

/// <summary>Managing codes: uniqueness, ticket types of the event only, validation.</summary>
[Collection(TicketingCollection.Name)]
public sealed class PromoCodeRulesTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_store_a_code_upper_case_and_list_it()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);

        var created = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput("early2027", PromoCodeKind.FixedAmount, 5, [type.Id], 10));

        created.Code.ShouldBe("EARLY2027");
        var listed = (await _organizer.GetPromoCodesAsync(@event.Id)).ShouldHaveSingleItem();
        (listed.Kind, listed.Value, listed.UsageLimit, listed.Used, listed.IsActive).ShouldBe((PromoCodeKind.FixedAmount, 5m, (int?)10, 0, true));
        listed.TicketTypeIds.ShouldBe([type.Id]);
    }

    [Fact]
    public async Task Should_refuse_a_code_the_event_has_in_another_case()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput("SUMMER", PromoCodeKind.Percentage, 10));

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.PromoCodesRoute(@event.Id), new PromoCodeInput("summer", PromoCodeKind.Percentage, 15));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.PromoCodeTaken);
    }

    [Fact]
    public async Task Should_allow_the_same_code_in_another_event()
    {
        var first = await _organizer.CreatePublishedEventAsync();
        var second = await _organizer.CreatePublishedEventAsync("Second Summit");
        await _organizer.CreatePromoCodeAsync(first.Id, new PromoCodeInput("WINTER", PromoCodeKind.Percentage, 10));

        var created = await _organizer.CreatePromoCodeAsync(second.Id, new PromoCodeInput("winter", PromoCodeKind.Percentage, 10));

        created.EventId.ShouldBe(second.Id);
    }

    [Fact]
    public async Task Should_refuse_renaming_a_code_to_one_the_event_has()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput("TAKEN1", PromoCodeKind.Percentage, 10));
        var other = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput("FREE01", PromoCodeKind.Percentage, 10));

        var response = await _organizer.PutAsJsonAsync(OrganizerApi.PromoCodeRoute(other.Id), new PromoCodeInput("taken1", PromoCodeKind.Percentage, 10));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.PromoCodeTaken);
    }

    [Fact]
    public async Task Should_refuse_ticket_types_of_another_event()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var other = await _organizer.CreatePublishedEventAsync("Other Summit");
        var foreign = await _organizer.CreateTicketTypeAsync(other.Id);

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.PromoCodesRoute(@event.Id), new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10, [foreign.Id]));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.TicketTypeNotFound);
    }

    [Fact]
    public async Task Should_delete_a_code_so_buyers_can_no_longer_use_it()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10, UsageLimit: 5));

        (await _organizer.DeleteAsync(OrganizerApi.PromoCodeRoute(code.Id))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _organizer.GetPromoCodesAsync(@event.Id)).ShouldBeEmpty();
        await (await factory.CreateClientFor().TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.PromoCodeInvalid);
    }

    [Theory]
    [InlineData("AB1", PromoCodeKind.Percentage, 10, "code")]
    [InlineData("WITH-DASH", PromoCodeKind.Percentage, 10, "code")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", PromoCodeKind.Percentage, 10, "code")]
    [InlineData("PERCENT", PromoCodeKind.Percentage, 120, "value")]
    [InlineData("FIXED", PromoCodeKind.FixedAmount, 0, "value")]
    [InlineData("ACCESS", PromoCodeKind.Access, 5, "value")]
    public async Task Should_answer_400_with_the_field_of_an_invalid_code(string code, PromoCodeKind kind, decimal value, string field)
    {
        var @event = await _organizer.CreatePublishedEventAsync();

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.PromoCodesRoute(@event.Id), new PromoCodeInput(code, kind, value));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe([field]);
    }

    [Fact]
    public async Task Should_answer_400_for_a_zero_usage_limit_and_a_window_that_ends_before_it_starts()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var from = new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero);

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.PromoCodesRoute(@event.Id),
            new PromoCodeInput("WINDOW", PromoCodeKind.Percentage, 10, UsageLimit: 0, ValidFrom: from, ValidUntil: from.AddDays(-1)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["usageLimit", "validUntil"], ignoreOrder: true);
    }
}
