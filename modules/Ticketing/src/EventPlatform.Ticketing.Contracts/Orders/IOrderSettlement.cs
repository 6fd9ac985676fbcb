namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// How the Payments module reads and settles the current organization's orders, in-process (not an HTTP API).
/// Every call is idempotent: a payment provider's webhook and the buyer's return may both arrive, in any order, any number of times.
/// </summary>
public interface IOrderSettlement
{
    /// <summary>The order when <paramref name="accessToken"/> is its token (the buyer's link), else null.</summary>
    Task<PayableOrder?> FindForBuyerAsync(Guid orderId, string? accessToken, CancellationToken cancellationToken = default);

    Task<PayableOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken = default);

    /// <summary>What the order bought, one line per ticket type and price (for invoices).</summary>
    Task<IReadOnlyList<PayableOrderLine>> GetLinesAsync(Guid orderId, CancellationToken cancellationToken = default);

    /// <summary>Confirms an order waiting for its payment; says what it found when the order was settled already or cancelled.</summary>
    Task<SettlementOutcome> MarkPaidAsync(Guid orderId, CancellationToken cancellationToken = default);
}

/// <param name="Total">What the buyer owes, in the major unit of <paramref name="Currency"/>.</param>
/// <param name="Culture">The buyer's language, for the provider's checkout page.</param>
public sealed record PayableOrder(
    Guid Id,
    Guid EventId,
    string Number,
    OrderStatus Status,
    decimal Total,
    string Currency,
    string PaymentMethod,
    string BuyerName,
    string BuyerEmail,
    string Culture,
    string AccessToken,
    DateTimeOffset? PaymentDueAt);

/// <param name="UnitPrice">What one ticket cost the buyer, discount taken off, tax included.</param>
/// <param name="TaxRate">Percent charged; null for tickets sold before tickets kept their tax (the organization's rate, included).</param>
/// <param name="Tax">The tax in <paramref name="UnitPrice"/>.</param>
public sealed record PayableOrderLine(string Description, int Quantity, decimal UnitPrice, decimal? TaxRate = null, decimal Tax = 0);

public enum SettlementOutcome
{
    /// <summary>The order was waiting and is now confirmed.</summary>
    Confirmed,

    /// <summary>The order was confirmed before (a repeated webhook or return); nothing changed.</summary>
    AlreadyConfirmed,

    /// <summary>The order was cancelled (overdue or by the organizer) before the money came: the payment must go back.</summary>
    OrderCancelled,
}
