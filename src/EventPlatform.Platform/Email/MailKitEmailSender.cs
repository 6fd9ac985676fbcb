using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventPlatform.Platform.Email;

/// <summary>Sends through SMTP (MailKit) when <c>Email:Smtp:Host</c> is set, else writes .eml files to the pickup directory.</summary>
public sealed class MailKitEmailSender(IOptions<EmailOptions> options, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mime = MimeMessageFactory.Create(message, settings.From);
        if (settings.UsesSmtp)
        {
            await SendSmtpAsync(mime, settings.Smtp, cancellationToken);
            logger.LogInformation("Sent email {MessageId} \"{Subject}\" through {SmtpHost}", mime.MessageId, mime.Subject, settings.Smtp.Host);
        }
        else
        {
            var path = await WriteToPickupDirectoryAsync(mime, settings.PickupDirectory, cancellationToken);
            logger.LogInformation("Wrote email {MessageId} \"{Subject}\" to {Path}", mime.MessageId, mime.Subject, path);
        }
    }

    private static async Task SendSmtpAsync(MimeMessage mime, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static async Task<string> WriteToPickupDirectoryAsync(MimeMessage mime, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, PickupDirectoryMailbox.NewFileName());
        // Written under a temporary name first so the mailbox never lists a half-written file.
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await mime.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, path);
        return path;
    }
}
