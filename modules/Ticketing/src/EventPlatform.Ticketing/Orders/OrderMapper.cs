using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Orders;

public static class OrderMapper
{
    /// <param name="qrPayloads">Signed QR payloads by ticket id, when the caller made them.</param>
    public static OrderDto ToDto(Order o, IReadOnlyDictionary<Guid, string>? qrPayloads = null) =>
        new(o.Id, o.Number, o.EventId, o.Status, o.BuyerName, o.BuyerEmail, o.BuyerPhone, o.Total, o.Currency, o.PaymentMethod, o.PromoCode,
            o.AccessToken, o.CreatedAt, o.RefundRequestedAt, o.Answers.Select(ToDto).ToList(),
            o.Tickets.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => ToDto(t, qrPayloads?.GetValueOrDefault(t.Id))).ToList(), o.Culture,
            o.Status == OrderStatus.PendingPayment ? o.PaymentDueAt : null);

    public static TicketDto ToDto(Ticket t, string? qrPayload = null) =>
        new(t.Id, t.TicketTypeId, t.TicketTypeName, t.SessionId, t.AttendeeName, t.AttendeeEmail, t.Code, qrPayload, t.Status, t.Price,
            t.Answers.Select(ToDto).ToList());

    private static AnswerDto ToDto(Answer a) => new(a.QuestionId, a.Label, a.Value);
}
