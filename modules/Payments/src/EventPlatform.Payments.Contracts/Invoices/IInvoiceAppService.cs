using EventPlatform.Platform.Application;

namespace EventPlatform.Payments.Invoices;

/// <summary>
/// The organization's invoices and credit notes (<c>api/payments/invoice</c>) and what goes on them
/// (<c>api/payments/invoice-settings</c>). An invoice is issued when an order is paid, a credit note for every refund.
/// </summary>
public interface IInvoiceAppService : IApplicationService
{
    Task<IReadOnlyList<InvoiceDto>> GetListAsync(Guid orderId);
}

public interface IInvoiceSettingsAppService : IApplicationService
{
    Task<InvoiceSettingsDto> GetAsync();

    Task<InvoiceSettingsDto> UpdateAsync(InvoiceSettingsDto input);
}

public enum InvoiceKind
{
    Invoice,
    CreditNote,
}

/// <param name="PdfPath">Where the organizer downloads it (site-relative).</param>
public sealed record InvoiceDto(Guid Id, Guid OrderId, InvoiceKind Kind, string Number, DateTimeOffset IssuedAt, decimal Net, decimal Tax, decimal Gross,
    decimal TaxRate, string Currency, string? CorrectsNumber, string PdfPath);

/// <param name="SellerName">The legal name on invoices; empty uses the organization's name.</param>
/// <param name="SellerAddress">Postal address, one line per line.</param>
/// <param name="TaxId">VAT or tax number.</param>
/// <param name="TaxRate">Percent, 0 to 100 (0: no tax line): the rate of every ticket type that sets none of its own.</param>
/// <param name="NumberPrefix">Before the year and the running number, e.g. <c>INV-</c>; credit notes use <c>CN-</c>.</param>
/// <param name="PricesIncludeTax">True: a ticket's price is what the buyer pays and the tax is in it. False: tax is added
/// to the price at checkout (prices net of tax, as businesses are usually quoted).</param>
public sealed record InvoiceSettingsDto(string? SellerName, string? SellerAddress, string? TaxId, decimal TaxRate, string NumberPrefix = "INV-",
    bool PricesIncludeTax = true);

public static class InvoiceConsts
{
    public const int MaxSellerNameLength = 200;
    public const int MaxSellerAddressLength = 500;
    public const int MaxTaxIdLength = 40;
    public const int MaxPrefixLength = 10;
    public const string PrefixPattern = "^[A-Za-z0-9-]{0,10}$";
}
