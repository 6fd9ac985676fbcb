using System.Text;
using EventPlatform.Platform.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EventPlatform.Platform.Tests.Email;

[Collection(PlatformCollection.Name)]
public sealed class PickupDirectoryEmailTests(PlatformTestFactory factory)
{
    [Fact]
    public async Task Should_write_a_readable_eml_with_the_attachment_when_no_smtp_host_is_configured()
    {
        var subject = $"Pickup {Guid.NewGuid():N}";
        var attachment = new EmailAttachment("agenda.txt", "text/plain", Encoding.UTF8.GetBytes("09:00 Welcome"));
        var sender = factory.Services.GetRequiredService<IEmailSender>();

        await sender.SendAsync(new EmailMessage("ana@example.org", subject, "<p>Hello <b>Ana</b></p>") { Attachments = [attachment] });

        var message = await FindAsync(subject);
        message.To.Mailboxes.Single().Address.ShouldBe("ana@example.org");
        message.From.Mailboxes.Single().Address.ShouldBe("no-reply@eventplatform.local");
        message.HtmlBody!.ShouldContain("<b>Ana</b>");
        message.TextBody.ShouldBe("Hello Ana");
        var part = message.Attachments.OfType<MimePart>().Single();
        part.FileName.ShouldBe("agenda.txt");
        part.ContentType.MimeType.ShouldBe("text/plain");
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        Encoding.UTF8.GetString(content.ToArray()).ShouldBe("09:00 Welcome");
    }

    private async Task<MimeMessage> FindAsync(string subject)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(factory.DataDirectory, "mail"), "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.Subject == subject) return message;
        }

        throw new ShouldAssertException($"No .eml with subject {subject} in the pickup directory.");
    }
}
