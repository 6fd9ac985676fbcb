using System.Net.Http.Json;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Infrastructure;

/// <summary>Calls to the organizer's set-up APIs: shared quotas, promo codes and questions.</summary>
public static class OrganizerApi
{
    public static string QuotasRoute(Guid eventId) => $"api/ticketing/events/{eventId}/quotas";

    public static string QuotaRoute(Guid id) => $"api/ticketing/quota/{id}";

    public static string PromoCodesRoute(Guid eventId) => $"api/ticketing/events/{eventId}/promo-codes";

    public static string PromoCodeRoute(Guid id) => $"api/ticketing/promo-code/{id}";

    public static string QuestionsRoute(Guid eventId) => $"api/ticketing/events/{eventId}/questions";

    public static string QuestionRoute(Guid id) => $"api/ticketing/question/{id}";

    public static async Task<QuotaDto> CreateSharedQuotaAsync(this HttpClient organizer, Guid eventId, string name, int size, params Guid[] ticketTypeIds) =>
        await (await organizer.PostAsJsonAsync(QuotasRoute(eventId), new QuotaInput(name, size, ticketTypeIds))).ShouldBeOkAsync<QuotaDto>();

    public static async Task<IReadOnlyList<QuotaDto>> GetQuotasAsync(this HttpClient organizer, Guid eventId) =>
        await (await organizer.GetAsync(QuotasRoute(eventId))).ShouldBeOkAsync<List<QuotaDto>>();

    public static async Task<PromoCodeDto> CreatePromoCodeAsync(this HttpClient organizer, Guid eventId, PromoCodeInput input) =>
        await (await organizer.PostAsJsonAsync(PromoCodesRoute(eventId), input)).ShouldBeOkAsync<PromoCodeDto>();

    public static async Task<IReadOnlyList<PromoCodeDto>> GetPromoCodesAsync(this HttpClient organizer, Guid eventId) =>
        await (await organizer.GetAsync(PromoCodesRoute(eventId))).ShouldBeOkAsync<List<PromoCodeDto>>();

    public static async Task<QuestionDto> CreateQuestionAsync(this HttpClient organizer, Guid eventId, QuestionInput input) =>
        await (await organizer.PostAsJsonAsync(QuestionsRoute(eventId), input)).ShouldBeOkAsync<QuestionDto>();

    public static async Task<IReadOnlyList<TicketTypeDto>> GetTicketTypesAsync(this HttpClient organizer, Guid eventId) =>
        await (await organizer.GetAsync($"api/ticketing/events/{eventId}/ticket-types")).ShouldBeOkAsync<List<TicketTypeDto>>();

    /// <summary>A unique code per call, so tests sharing the host never collide.</summary>
    public static string NewCode(string prefix = "SAVE") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}
