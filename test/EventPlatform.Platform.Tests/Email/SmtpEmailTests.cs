using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EventPlatform.Platform.Email;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Email;

/// <summary>Sends through real SMTP to maildev, started by etc/scripts/test.sh, and reads the message back from its API.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SmtpEmailTests(PlatformTestFactory factory)
{
    [Fact]
    public async Task Should_deliver_a_german_templated_message_with_an_attachment_through_smtp()
    {
        var (host, port, api) = (Required("EP_TEST_SMTP_HOST"), Required("EP_TEST_SMTP_PORT"), Required("EP_TEST_SMTP_API"));
        using var smtpHost = factory.Derive(builder => builder
            .UseSetting("Email:Smtp:Host", host)
            .UseSetting("Email:Smtp:Port", port));
        var organization = $"Müller & <Söhne> {Guid.NewGuid():N}";
        var email = smtpHost.Services.GetRequiredService<IEmailTemplateRenderer>().Render(typeof(PlatformEmailTemplates), PlatformEmailTemplates.Test,
            new Dictionary<string, string?> { ["organization"] = organization }, CultureInfo.GetCultureInfo("de-DE"));
        var attachment = new EmailAttachment("programm.txt", "text/plain", Encoding.UTF8.GetBytes("09:00 Begrüßung"));

        await smtpHost.Services.GetRequiredService<IEmailSender>().SendAsync(email.ToMessage("ana@example.org", [attachment]));

        var received = await ReceivedAsync(api, $"Testnachricht von {organization}");
        received.GetProperty("html").GetString()!.ShouldContain($"Dies ist eine Testnachricht von Müller &amp; &lt;Söhne&gt;");
        var attachments = received.GetProperty("attachments").EnumerateArray().ToList();
        attachments.Count.ShouldBe(1);
        attachments[0].GetProperty("fileName").GetString().ShouldBe("programm.txt");
        attachments[0].GetProperty("contentType").GetString().ShouldBe("text/plain");
    }

    private static async Task<JsonElement> ReceivedAsync(string api, string subject)
    {
        using var client = new HttpClient { BaseAddress = new Uri(api) };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var messages = await client.GetFromJsonAsync<JsonElement>("/email");
            foreach (var message in messages.EnumerateArray())
            {
                if (message.GetProperty("subject").GetString() == subject) return message;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"maildev at {api} has no message with the subject \"{subject}\".");
    }

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set: this test needs a real SMTP server. Run the tests with etc/scripts/test.sh (it starts maildev), " +
                "or start maildev and set EP_TEST_SMTP_HOST, EP_TEST_SMTP_PORT and EP_TEST_SMTP_API (its web/API base URL).");
}
