using EventPlatform.Platform.Application;

namespace EventPlatform.Payments.Payments;

/// <summary>An order's payments and refunds for its organizer (<c>api/payments/payment</c>).</summary>
public interface IPaymentAppService : IApplicationService
{
    Task<IReadOnlyList<PaymentDto>> GetListAsync(Guid orderId);

    /// <summary>Gives back part or all of a completed payment; several partial refunds may add up to the amount paid, never more.</summary>
    Task<PaymentDto> RefundAsync(Guid id, RefundInput input);
}

public sealed record PaymentDto(
    Guid Id,
    Guid OrderId,
    string OrderNumber,
    string Provider,
    PaymentStatus Status,
    decimal Amount,
    decimal RefundedAmount,
    string Currency,
    string? ProviderReference,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SucceededAt,
    string? FailureReason,
    IReadOnlyList<RefundDto> Refunds);

public sealed record RefundDto(Guid Id, decimal Amount, string Currency, string Status, string? Reason, string? ProviderReference, DateTimeOffset CreatedAt);

public sealed record RefundInput(decimal Amount, string? Reason = null);
