using EventPlatform.Payments.Invoices;
using EventPlatform.Payments.Settings;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Checkout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Payments.Pages.Organizations;

/// <summary>
/// <c>/organizations/payments</c>: the organization's payment providers. Keys are entered here and never shown again
/// (an empty field keeps what is stored); each provider's webhook address is shown to copy into its dashboard.
/// </summary>
[Authorize(PaymentsPermissions.Providers.Manage)]
public sealed class PaymentsSettingsModel(IPaymentProviderAppService providers, IInvoiceSettingsAppService invoiceSettings, ErrorLocalizer errors) : PageModel
{
    [BindProperty]
    public InvoiceForm Invoice { get; set; } = new();

    public string? InvoiceError { get; private set; }

    public IReadOnlyList<PaymentProviderDto> Providers { get; private set; } = [];

    [BindProperty]
    public ProviderForm Form { get; set; } = new();

    public string? Saved { get; private set; }

    /// <summary>The provider whose form failed, with the message to show on it.</summary>
    public (string Provider, string Message)? Error { get; private set; }

    public string Origin => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    public async Task OnGetAsync(string? saved = null)
    {
        Saved = saved;
        Providers = await providers.GetListAsync();
        Invoice = InvoiceForm.From(await invoiceSettings.GetAsync());
    }

    public async Task<IActionResult> OnPostInvoiceAsync()
    {
        try
        {
            // A number field sends "19.5" whatever the page's language: read it invariantly.
            if (!decimal.TryParse(Invoice.TaxRate ?? "0", System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var rate))
            {
                throw new BusinessException(PlatformErrorCodes.BadRequest, 400).WithData("field", "taxRate");
            }

            await invoiceSettings.UpdateAsync(new InvoiceSettingsDto(Invoice.SellerName, Invoice.SellerAddress, Invoice.TaxId, rate, Invoice.NumberPrefix ?? "",
                Invoice.PricesIncludeTax));
        }
        catch (BusinessException e)
        {
            InvoiceError = errors.Localize(e.Code, e.Values);
            Response.StatusCode = e.StatusCode;
            Providers = await providers.GetListAsync();
            return Page();
        }

        return RedirectToPage(new { saved = "invoice" });
    }

    public async Task<IActionResult> OnPostAsync(string provider)
    {
        try
        {
            await providers.UpdateAsync(provider, new UpdatePaymentProviderInput(Form.IsEnabled, Form.IsLive, Form.PublicKey, Form.SecretKey, Form.WebhookSecret,
                ParseDays(Form.PaymentDays)));
        }
        catch (BusinessException e)
        {
            Error = (provider, errors.Localize(e.Code, e.Values));
            Response.StatusCode = e.StatusCode;
            Providers = await providers.GetListAsync();
            Invoice = InvoiceForm.From(await invoiceSettings.GetAsync());
            return Page();
        }

        return RedirectToPage(new { saved = provider });
    }

    public static bool IsOffline(PaymentProviderDto provider) => provider.Provider == PaymentMethods.Offline;

    /// <summary>Empty: no deadline; a whole number of days otherwise (the service checks the range).</summary>
    private static int? ParseDays(string? days) =>
        string.IsNullOrWhiteSpace(days) ? null
        : int.TryParse(days.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : throw new BusinessException(PaymentsErrorCodes.PaymentDaysOutOfRange, 422).WithData("max", PaymentsConsts.MaxOfflinePaymentDays);
}

public sealed class ProviderForm
{
    public bool IsEnabled { get; set; }

    public bool IsLive { get; set; }

    public string? PublicKey { get; set; }

    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>Offline: days to pay, as typed; empty for no deadline.</summary>
    public string? PaymentDays { get; set; }
}

public sealed class InvoiceForm
{
    public string? SellerName { get; set; }

    public string? SellerAddress { get; set; }

    public string? TaxId { get; set; }

    public string? TaxRate { get; set; }

    public string? NumberPrefix { get; set; }

    public bool PricesIncludeTax { get; set; } = true;

    public static InvoiceForm From(InvoiceSettingsDto settings) => new()
    {
        SellerName = settings.SellerName,
        SellerAddress = settings.SellerAddress,
        TaxId = settings.TaxId,
        TaxRate = settings.TaxRate.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        NumberPrefix = settings.NumberPrefix,
        PricesIncludeTax = settings.PricesIncludeTax,
    };
}
