using EventPlatform.Payments.Invoices;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Payments.Domain;

/// <summary>
/// An invoice or credit note as issued: number, seller, buyer, lines and tax are copied in, so later changes to the
/// organization or the order never change a document already issued. Numbers run without gaps per organization and kind.
/// </summary>
public sealed class Invoice : AuditedEntity, IMultiTenant
{
    private Invoice()
    {
    }

    public Invoice(Guid orderId, string orderNumber, InvoiceKind kind, string number, DateTimeOffset issuedAt, string currency, string sellerName,
        string? sellerAddress, string? taxId, string buyerName, string buyerEmail, IReadOnlyList<InvoiceLine> lines, decimal taxRate, decimal net,
        decimal tax, Guid? correctsId, string? correctsNumber, Guid? refundId)
    {
        OrderId = orderId;
        OrderNumber = orderNumber;
        Kind = kind;
        Number = number;
        IssuedAt = issuedAt;
        Currency = currency;
        SellerName = sellerName;
        SellerAddress = sellerAddress;
        TaxId = taxId;
        BuyerName = buyerName;
        BuyerEmail = buyerEmail;
        Lines = lines.ToList();
        TaxRate = taxRate;
        Net = net;
        Tax = tax;
        CorrectsId = correctsId;
        CorrectsNumber = correctsNumber;
        RefundId = refundId;
    }

    public Guid TenantId { get; private set; }
    public Guid OrderId { get; private set; }
    public string OrderNumber { get; private set; } = null!;
    public InvoiceKind Kind { get; private set; }
    public string Number { get; private set; } = null!;
    public DateTimeOffset IssuedAt { get; private set; }
    public string Currency { get; private set; } = null!;
    public string SellerName { get; private set; } = null!;
    public string? SellerAddress { get; private set; }
    public string? TaxId { get; private set; }
    public string BuyerName { get; private set; } = null!;
    public string BuyerEmail { get; private set; } = null!;
    public List<InvoiceLine> Lines { get; private set; } = [];
    public decimal TaxRate { get; private set; }
    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross => Net + Tax;

    /// <summary>For a credit note: the invoice it corrects.</summary>
    public Guid? CorrectsId { get; private set; }
    public string? CorrectsNumber { get; private set; }

    /// <summary>For a credit note: the refund it documents (one credit note per refund).</summary>
    public Guid? RefundId { get; private set; }
}

/// <param name="UnitPrice">What one item cost the buyer, tax included.</param>
/// <param name="Amount">Quantity times unit price, tax included (what the buyer paid for the line).</param>
/// <param name="TaxRate">Percent; null on documents issued before lines had their own rate (the document's rate applies).</param>
/// <param name="Tax">The tax in <paramref name="Amount"/>.</param>
public sealed record InvoiceLine(string Description, int Quantity, decimal UnitPrice, decimal Amount, decimal? TaxRate = null, decimal Tax = 0);

/// <summary>The current organization's seller details and tax rate for its invoices.</summary>
public sealed class InvoiceSettings : AuditedEntity, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public string? SellerName { get; private set; }
    public string? SellerAddress { get; private set; }
    public string? TaxId { get; private set; }
    public decimal TaxRate { get; private set; }
    public string NumberPrefix { get; private set; } = "INV-";

    /// <summary>False: ticket prices are net and checkout adds the tax.</summary>
    public bool PricesIncludeTax { get; private set; } = true;

    public void Change(string? sellerName, string? sellerAddress, string? taxId, decimal taxRate, string numberPrefix, bool pricesIncludeTax)
    {
        PricesIncludeTax = pricesIncludeTax;
        SellerName = Blank(sellerName);
        SellerAddress = Blank(sellerAddress);
        TaxId = Blank(taxId);
        TaxRate = taxRate;
        NumberPrefix = numberPrefix.Trim();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
