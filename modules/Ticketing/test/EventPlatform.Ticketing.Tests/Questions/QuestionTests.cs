using System.Net;
using System.Net.Http.Json;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Questions;

[Collection(TicketingCollection.Name)]
public sealed class QuestionTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_list_questions_of_every_type_in_their_sort_order()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("Company", QuestionType.Text, QuestionScope.Order, SortOrder: 2));
        await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("Meal", QuestionType.Choice, QuestionScope.Attendee, true, ["Vegan", "Meat"], SortOrder: 1));
        await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("Newsletter", QuestionType.Checkbox, QuestionScope.Order, SortOrder: 3));
        await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("Birthday", QuestionType.Date, QuestionScope.Attendee, SortOrder: 4));
        await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("CV", QuestionType.File, QuestionScope.Attendee, Help: "PDF please", SortOrder: 5));

        var questions = await (await _organizer.GetAsync(OrganizerApi.QuestionsRoute(@event.Id))).ShouldBeOkAsync<List<QuestionDto>>();

        questions.Select(q => q.Label).ShouldBe(["Meal", "Company", "Newsletter", "Birthday", "CV"]);
        questions[0].Options.ShouldBe(["Vegan", "Meat"]);
        questions[0].IsRequired.ShouldBeTrue();
        questions[4].Help.ShouldBe("PDF please");
    }

    [Fact]
    public async Task Should_ask_an_attendee_question_only_of_the_chosen_ticket_types()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var vip = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("VIP"));

        var question = await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("Shirt size", QuestionType.Text, QuestionScope.Attendee, TicketTypeIds: [vip.Id]));

        question.TicketTypeIds.ShouldBe([vip.Id]);
    }

    [Fact]
    public async Task Should_drop_the_ticket_type_filter_of_an_order_question()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var vip = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("VIP"));

        var question = await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("Invoice address", QuestionType.Text, QuestionScope.Order, TicketTypeIds: [vip.Id]));

        question.TicketTypeIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_ticket_type_of_another_event()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var other = await _organizer.CreatePublishedEventAsync("Other Summit");
        var foreign = await _organizer.CreateTicketTypeAsync(other.Id);

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.QuestionsRoute(@event.Id),
            new QuestionInput("Shirt size", QuestionType.Text, QuestionScope.Attendee, TicketTypeIds: [foreign.Id]));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.TicketTypeNotFound);
    }

    [Fact]
    public async Task Should_update_a_question_into_a_required_choice()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var question = await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("Meal", QuestionType.Text, QuestionScope.Order));

        var updated = await (await _organizer.PutAsJsonAsync(OrganizerApi.QuestionRoute(question.Id),
            new QuestionInput("Meal choice", QuestionType.Choice, QuestionScope.Attendee, true, ["Fish", "Veggie"], SortOrder: 7))).ShouldBeOkAsync<QuestionDto>();

        (updated.Label, updated.Type, updated.Scope, updated.IsRequired, updated.SortOrder).ShouldBe(("Meal choice", QuestionType.Choice, QuestionScope.Attendee, true, 7));
        updated.Options.ShouldBe(["Fish", "Veggie"]);
    }

    [Fact]
    public async Task Should_delete_a_question()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var question = await _organizer.CreateQuestionAsync(@event.Id, new QuestionInput("Company", QuestionType.Text, QuestionScope.Order));

        (await _organizer.DeleteAsync(OrganizerApi.QuestionRoute(question.Id))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await _organizer.GetAsync(OrganizerApi.QuestionsRoute(@event.Id))).ShouldBeOkAsync<List<QuestionDto>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_400_for_a_choice_without_options_and_an_empty_label()
    {
        var @event = await _organizer.CreatePublishedEventAsync();

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.QuestionsRoute(@event.Id), new QuestionInput(" ", QuestionType.Choice, QuestionScope.Order));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["label", "options"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_answer_400_for_an_unknown_question_type()
    {
        var @event = await _organizer.CreatePublishedEventAsync();

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.QuestionsRoute(@event.Id), new QuestionInput("Company", (QuestionType)42, QuestionScope.Order));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["type"]);
    }
}
