using MimeKit;

namespace EventPlatform.Platform.Email;

/// <summary>Turns the kernel's <see cref="EmailMessage"/> into a MIME message: HTML with a plain-text alternative, plus attachments.</summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Create(EmailMessage message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = DateTimeOffset.UtcNow };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.AddRange(InternetAddressList.Parse(message.To));

        var body = new BodyBuilder
        {
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody ?? HtmlToText.Convert(message.HtmlBody),
        };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
