using EventPlatform.Platform.Events;

namespace EventPlatform.Payments.Payments;

/// <summary>Raised in the transaction that records a payment as taken; the order is settled from it (at least once).</summary>
public sealed record PaymentSucceeded(Guid PaymentId, Guid OrderId, Guid OrganizationId, string Provider, decimal Amount, string Currency) : IntegrationEvent;

/// <summary>Raised when money went back to the buyer; <paramref name="FullyRefunded"/> once nothing is left.</summary>
public sealed record PaymentRefunded(Guid PaymentId, Guid RefundId, Guid OrderId, Guid OrganizationId, decimal Amount, string Currency, bool FullyRefunded) : IntegrationEvent;
