using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Payments.Invoices;

[Authorize(PaymentsPermissions.Payments.Read)]
public sealed class InvoiceAppService(PaymentsDbContext db) : IInvoiceAppService
{
    public async Task<IReadOnlyList<InvoiceDto>> GetListAsync(Guid orderId) =>
        (await db.Invoices.AsNoTracking().Where(i => i.OrderId == orderId).OrderBy(i => i.IssuedAt).ToListAsync()).Select(ToDto).ToList();

    public static InvoiceDto ToDto(Invoice i) =>
        new(i.Id, i.OrderId, i.Kind, i.Number, i.IssuedAt, i.Net, i.Tax, i.Gross, i.TaxRate, i.Currency, i.CorrectsNumber, InvoiceEndpoints.OrganizerPath(i.Id));
}

[Authorize(PaymentsPermissions.Providers.Manage)]
public sealed class InvoiceSettingsAppService(PaymentsDbContext db) : IInvoiceSettingsAppService
{
    public async Task<InvoiceSettingsDto> GetAsync() => ToDto(await db.InvoiceSettings.AsNoTracking().FirstOrDefaultAsync() ?? new InvoiceSettings());

    public async Task<InvoiceSettingsDto> UpdateAsync(InvoiceSettingsDto input)
    {
        Check(input.TaxRate is >= 0 and <= 100, "taxRate");
        Check((input.SellerName?.Length ?? 0) <= InvoiceConsts.MaxSellerNameLength, "sellerName");
        Check((input.SellerAddress?.Length ?? 0) <= InvoiceConsts.MaxSellerAddressLength, "sellerAddress");
        Check((input.TaxId?.Length ?? 0) <= InvoiceConsts.MaxTaxIdLength, "taxId");
        Check(System.Text.RegularExpressions.Regex.IsMatch(input.NumberPrefix ?? "", InvoiceConsts.PrefixPattern), "numberPrefix");
        var settings = await db.InvoiceSettings.FirstOrDefaultAsync();
        if (settings is null)
        {
            settings = new InvoiceSettings();
            db.InvoiceSettings.Add(settings);
        }

        settings.Change(input.SellerName, input.SellerAddress, input.TaxId, decimal.Round(input.TaxRate, 2), input.NumberPrefix ?? "", input.PricesIncludeTax);
        await db.SaveChangesAsync();
        return ToDto(settings);
    }

    private static void Check(bool valid, string field)
    {
        if (!valid) throw new BusinessException(PlatformErrorCodes.BadRequest, 400).WithData("field", field);
    }

    private static InvoiceSettingsDto ToDto(InvoiceSettings s) => new(s.SellerName, s.SellerAddress, s.TaxId, s.TaxRate, s.NumberPrefix, s.PricesIncludeTax);
}
