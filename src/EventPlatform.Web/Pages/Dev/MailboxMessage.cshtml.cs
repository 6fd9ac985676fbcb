using System.Net;
using EventPlatform.Platform.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MimeKit;

namespace EventPlatform.Web.Pages.Dev;

/// <summary>One message of the development mailbox: headers, the HTML body in a sandboxed frame, attachments.</summary>
[DevelopmentOnly]
public sealed class MailboxMessageModel(PickupDirectoryMailbox mailbox) : PageModel
{
    public string Id { get; private set; } = "";

    public MimeMessage Message { get; private set; } = null!;

    public IReadOnlyList<MimePart> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await mailbox.FindAsync(id, cancellationToken) is not { } message) return NotFound();
        (Id, Message, Attachments) = (id, message, [.. message.Attachments.OfType<MimePart>()]);
        return Page();
    }

    /// <summary>The HTML body on its own, for the iframe: sandboxed so that mail content cannot script this site.</summary>
    public async Task<IActionResult> OnGetBodyAsync(string id, CancellationToken cancellationToken)
    {
        if (await mailbox.FindAsync(id, cancellationToken) is not { } message) return NotFound();
        Response.Headers.ContentSecurityPolicy = "sandbox";
        Response.Headers.XContentTypeOptions = "nosniff";
        var html = message.HtmlBody ?? $"<pre>{WebUtility.HtmlEncode(message.TextBody ?? "")}</pre>";
        return Content(html, "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnGetAttachmentAsync(string id, int index, CancellationToken cancellationToken)
    {
        var message = await mailbox.FindAsync(id, cancellationToken);
        var attachments = message?.Attachments.OfType<MimePart>().ToList();
        if (attachments is null || index < 0 || index >= attachments.Count) return NotFound();

        var attachment = attachments[index];
        var content = new MemoryStream();
        if (attachment.Content is { } body) await body.DecodeToAsync(content, cancellationToken);
        content.Position = 0;
        return File(content, attachment.ContentType.MimeType, attachment.FileName ?? $"attachment-{index + 1}");
    }
}
