using EventPlatform.Platform.Email;
using EventPlatform.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventPlatform.Web.Pages.Dev;

/// <summary>The .eml files of the email pickup directory, newest first, and a button that sends the kernel's test template.</summary>
[DevelopmentOnly]
public sealed class MailboxModel(
    PickupDirectoryMailbox mailbox,
    IOptions<EmailOptions> options,
    IEmailTemplateRenderer templates,
    IEmailSender sender,
    IStringLocalizer<PlatformResource> localizer) : PageModel
{
    public IReadOnlyList<MailboxEntry> Messages { get; private set; } = [];

    public EmailOptions Options => options.Value;

    [BindProperty]
    public string Recipient { get; set; } = "developer@eventplatform.local";

    [BindProperty]
    public string Organization { get; set; } = "EventPlatform";

    [TempData]
    public string? SentTo { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Messages = await mailbox.ListAsync(cancellationToken: cancellationToken);

    public async Task<IActionResult> OnPostSendTestAsync(CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(Recipient, out _))
        {
            ModelState.AddModelError(nameof(Recipient), localizer["DevMailbox:InvalidRecipient"]);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        var email = templates.Render(typeof(PlatformEmailTemplates), PlatformEmailTemplates.Test,
            new Dictionary<string, string?> { ["organization"] = Organization });
        await sender.SendAsync(email.ToMessage(Recipient), cancellationToken);
        SentTo = Recipient;
        return RedirectToPage();
    }
}
