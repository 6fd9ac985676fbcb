namespace EventPlatform.Payments.Checkout;

/// <summary>
/// What checkout (the Ticketing module) asks of Payments, in-process: which online providers the current organization
/// takes, and where to send a buyer to pay an order. The order itself stays Ticketing's; Payments settles it through
/// <c>IOrderSettlement</c>.
/// </summary>
public interface ICheckoutPayments
{
    /// <summary>How a buyer may pay a paid order in the current organization, and how long an offline order may stay unpaid.</summary>
    Task<CheckoutMethods> GetMethodsAsync(CancellationToken cancellationToken = default);

    /// <summary>The organization's default tax rate and whether ticket prices include tax (checkout prices paid tickets with it).</summary>
    Task<TaxPolicy> GetTaxPolicyAsync(CancellationToken cancellationToken = default);

    /// <summary>The site-relative page that starts (or resumes) paying the order; it checks the order's access token.</summary>
    string PayPath(string organization, Guid orderId, string accessToken);

    /// <summary>The order's invoices and credit notes, oldest first, with the buyer's download links (carrying the order's token).</summary>
    Task<IReadOnlyList<PaymentDocument>> GetDocumentsAsync(string organization, Guid orderId, string accessToken, CancellationToken cancellationToken = default);

    /// <summary>
    /// Before an unpaid order is cancelled for being overdue: asks the provider once more and settles the order if
    /// it was paid after all (true), otherwise makes the open checkout unpayable (false) so nothing is taken afterwards.
    /// </summary>
    Task<bool> SettleOrVoidAsync(Guid orderId, CancellationToken cancellationToken = default);
}

/// <param name="Methods">In display order: the online providers (<see cref="PaymentProviderNames"/>) that are switched on and
/// set up, then <c>offline</c> unless it is switched off.</param>
/// <param name="OfflineTerm">How long a buyer has to pay an offline order before it is cancelled and its seats go back; null
/// when the organization set no deadline (paid at the venue).</param>
public sealed record CheckoutMethods(IReadOnlyList<string> Methods, TimeSpan? OfflineTerm);

/// <summary>How the current organization taxes ticket prices (set with its invoice details).</summary>
/// <param name="DefaultRate">Percent, for ticket types without a rate of their own.</param>
/// <param name="PricesIncludeTax">False: tax is added to the price at checkout.</param>
public sealed record TaxPolicy(decimal DefaultRate, bool PricesIncludeTax)
{
    public static readonly TaxPolicy None = new(0, true);
}

/// <param name="Path">Site-relative link to the PDF.</param>
public sealed record PaymentDocument(string Number, bool IsCreditNote, string Path);
