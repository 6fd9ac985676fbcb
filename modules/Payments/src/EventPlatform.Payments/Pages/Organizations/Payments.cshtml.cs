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
public sealed class PaymentsSettingsModel(IPaymentProviderAppService providers, ErrorLocalizer errors) : PageModel
{
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
    }

    public async Task<IActionResult> OnPostAsync(string provider)
    {
        try
        {
            await providers.UpdateAsync(provider, new UpdatePaymentProviderInput(Form.IsEnabled, Form.IsLive, Form.PublicKey, Form.SecretKey, Form.WebhookSecret));
        }
        catch (BusinessException e)
        {
            Error = (provider, errors.Localize(e.Code, e.Values));
            Response.StatusCode = e.StatusCode;
            Providers = await providers.GetListAsync();
            return Page();
        }

        return RedirectToPage(new { saved = provider });
    }

    public static bool IsOffline(PaymentProviderDto provider) => provider.Provider == PaymentMethods.Offline;
}

public sealed class ProviderForm
{
    public bool IsEnabled { get; set; }

    public bool IsLive { get; set; }

    public string? PublicKey { get; set; }

    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }
}
