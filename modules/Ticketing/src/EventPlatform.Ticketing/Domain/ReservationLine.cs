using EventPlatform.Platform.Currencies;

namespace EventPlatform.Ticketing.Domain;

/// <summary>
/// Tickets of one type in a reservation, at the price, discount and tax (per ticket) shown when it was made. Stored as JSON in
/// its reservation; lines written before tax was kept read as untaxed.
/// </summary>
/// <param name="UnitPrice">The ticket type's listed price.</param>
/// <param name="TaxRate">Percent: the ticket type's rate or the organization's.</param>
/// <param name="Tax">The tax on one ticket (after the discount): inside the price, or added to it when <paramref name="TaxIncluded"/> is false.</param>
public sealed record ReservationLine(Guid TicketTypeId, string TicketTypeName, Guid? SessionId, int Quantity, decimal UnitPrice, decimal Discount,
    decimal TaxRate = 0, decimal Tax = 0, bool TaxIncluded = true)
{
    /// <summary>What the buyer pays for one ticket: the price less the discount, plus the tax when it is not included.</summary>
    public decimal Gross => UnitPrice - Discount + (TaxIncluded ? 0 : Tax);

    /// <summary>The line for <paramref name="quantity"/> tickets at <paramref name="unitPrice"/>, taxed at <paramref name="rate"/>; the tax rounded to the currency's minor unit.</summary>
    public static ReservationLine Priced(Guid ticketTypeId, string name, Guid? sessionId, int quantity, decimal unitPrice, decimal discount,
        decimal rate, bool taxIncluded, string currency)
    {
        var charged = unitPrice - discount;
        var tax = taxIncluded ? Taxes.Included(charged, rate, currency) : Taxes.Added(charged, rate, currency);
        return new ReservationLine(ticketTypeId, name, sessionId, quantity, unitPrice, discount, rate, tax, taxIncluded);
    }
}
