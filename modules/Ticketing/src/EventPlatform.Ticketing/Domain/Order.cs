using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Domain;

/// <summary>A confirmed reservation: the buyer, what was paid or owed, and its tickets (one per attendee).</summary>
public sealed class Order : AuditedEntity, IMultiTenant
{
    private Order()
    {
    }

    public Order(Guid eventId, Guid reservationId, string number, string accessToken, string buyerName, string buyerEmail, string? buyerPhone,
        decimal total, string currency, string paymentMethod, string? promoCode, Guid? userId)
    {
        EventId = eventId;
        ReservationId = reservationId;
        Number = number;
        AccessToken = accessToken;
        BuyerName = buyerName;
        BuyerEmail = buyerEmail;
        BuyerPhone = buyerPhone;
        Total = total;
        Currency = currency;
        PaymentMethod = paymentMethod;
        PromoCode = promoCode;
        UserId = userId;
        Status = total == 0 ? OrderStatus.Confirmed : OrderStatus.PendingPayment;
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid ReservationId { get; private set; }
    public string Number { get; private set; } = null!;
    public string AccessToken { get; private set; } = null!;
    public OrderStatus Status { get; private set; }
    public string BuyerName { get; private set; } = null!;
    public string BuyerEmail { get; private set; } = null!;
    public string? BuyerPhone { get; private set; }
    public Guid? UserId { get; private set; }
    public decimal Total { get; private set; }
    public string Currency { get; private set; } = null!;
    public string PaymentMethod { get; private set; } = null!;
    public string? PromoCode { get; private set; }
    public List<Answer> Answers { get; private set; } = [];

    /// <summary>The buyer's language when ordering (e.g. "de"); e-mails and PDFs about the order use it.</summary>
    public string Culture { get; private set; } = "en";
    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>When an order waiting for its payment (online, or offline with a deadline) is cancelled and its seats go back, unless the money came.</summary>
    public DateTimeOffset? PaymentDueAt { get; private set; }
    public DateTimeOffset? RefundRequestedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>When the confirmation e-mail last went out; a retried batch of confirmations skips orders that have it.</summary>
    public DateTimeOffset? ConfirmationSentAt { get; private set; }
    public List<Ticket> Tickets { get; private set; } = [];

    public void Answer(IEnumerable<Answer> answers) => Answers = answers.ToList();

    public void SpeaksIn(string culture) => Culture = string.IsNullOrWhiteSpace(culture) ? "en" : culture.Length > 10 ? culture[..10] : culture;

    public void MarkPaid(DateTimeOffset at)
    {
        if (Status == OrderStatus.Cancelled) throw new BusinessException(TicketingErrorCodes.OrderNotFound, 409);
        Status = OrderStatus.Confirmed;
        PaidAt = at;
    }

    public void PayBy(DateTimeOffset dueAt) => PaymentDueAt = dueAt;

    public void RequestRefund(DateTimeOffset at) => RefundRequestedAt ??= at;

    public void ConfirmationSent(DateTimeOffset at) => ConfirmationSentAt = at;

    /// <summary>Marks the order cancelled; the caller gives its seats back through <c>QuotaLedger</c> in the same transaction.</summary>
    public void Cancel(DateTimeOffset at)
    {
        Status = OrderStatus.Cancelled;
        CancelledAt = at;
        foreach (var ticket in Tickets) ticket.Cancel();
    }
}
