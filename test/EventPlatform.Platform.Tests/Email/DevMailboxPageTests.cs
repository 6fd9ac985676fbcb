using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EventPlatform.Platform.Email;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Email;

[Collection(PlatformCollection.Name)]
public sealed partial class DevMailboxPageTests(PlatformTestFactory factory)
{
    private HttpClient Client(string environment) =>
        factory.InEnvironment(environment).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<string> SendAsync(string subject)
    {
        var attachment = new EmailAttachment("agenda.txt", "text/plain", Encoding.UTF8.GetBytes("09:00 Welcome"));
        await factory.Services.GetRequiredService<IEmailSender>().SendAsync(
            new EmailMessage("ana@example.org", subject, "<p>Hello <script>parent.alert(1)</script>Ana</p>") { Attachments = [attachment] });
        return subject;
    }

    /// <summary>The message id the mailbox links to for <paramref name="subject"/>.</summary>
    private async Task<string> MessageIdAsync(HttpClient client, string subject)
    {
        var page = await client.GetStringAsync("/dev/mailbox");
        var link = Regex.Match(page, $"<a href=\"/dev/mailbox/(?<id>[A-Za-z0-9-]+)\">{Regex.Escape(subject)}</a>");
        link.Success.ShouldBeTrue($"The mailbox lists no message \"{subject}\".");
        return link.Groups["id"].Value;
    }

    [Fact]
    public async Task Should_list_the_messages_of_the_pickup_directory_in_development()
    {
        var subject = await SendAsync($"Listed {Guid.NewGuid():N}");

        var response = await Client("Development").GetAsync("/dev/mailbox");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(subject);
    }

    [Fact]
    public async Task Should_show_the_mailbox_in_the_language_of_the_request()
    {
        var client = Client("Development");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        var page = await client.GetStringAsync("/dev/mailbox");

        page.ShouldContain("<h1 class=\"h3 mb-3\">Entwicklungs-Postfach</h1>");
        page.ShouldContain("Testnachricht senden");
    }

    [Fact]
    public async Task Should_show_a_message_with_its_headers_and_a_sandboxed_body_frame()
    {
        var client = Client("Development");
        var id = await MessageIdAsync(client, await SendAsync($"Detail {Guid.NewGuid():N}"));

        var page = await client.GetStringAsync($"/dev/mailbox/{id}");

        page.ShouldContain("ana@example.org");
        page.ShouldContain("no-reply@eventplatform.local");
        page.ShouldContain($"<iframe sandbox src=\"/dev/mailbox/{id}?handler=Body\"");
    }

    [Fact]
    public async Task Should_serve_the_html_body_with_a_sandbox_content_security_policy()
    {
        var client = Client("Development");
        var id = await MessageIdAsync(client, await SendAsync($"Body {Guid.NewGuid():N}"));

        var response = await client.GetAsync($"/dev/mailbox/{id}?handler=Body");

        response.Headers.GetValues("Content-Security-Policy").ShouldBe(["sandbox"]);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Hello <script>parent.alert(1)</script>Ana");
    }

    [Fact]
    public async Task Should_download_an_attachment_of_a_message()
    {
        var client = Client("Development");
        var id = await MessageIdAsync(client, await SendAsync($"Attachment {Guid.NewGuid():N}"));

        var response = await client.GetAsync($"/dev/mailbox/{id}?handler=Attachment&index=0");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("agenda.txt");
        (await response.Content.ReadAsStringAsync()).ShouldBe("09:00 Welcome");
    }

    [Fact]
    public async Task Should_send_the_localized_test_template_from_the_mailbox()
    {
        var client = Client("Development");
        var form = await client.GetStringAsync("/dev/mailbox");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var organization = $"Org{Guid.NewGuid():N}";

        var response = await client.PostAsync("/dev/mailbox?handler=SendTest", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Recipient"] = "dev@example.org",
            ["Organization"] = organization,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/dev/mailbox")).ShouldContain($"Test message from {organization}");
    }

    [Fact]
    public async Task Should_answer_404_for_the_mailbox_outside_development()
    {
        await SendAsync($"Hidden {Guid.NewGuid():N}");

        var response = await Client("Production").GetAsync("/dev/mailbox");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_for_a_message_body_outside_development()
    {
        var id = await MessageIdAsync(Client("Development"), await SendAsync($"Hidden body {Guid.NewGuid():N}"));

        var response = await Client("Production").GetAsync($"/dev/mailbox/{id}?handler=Body");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_to_a_test_message_post_outside_development()
    {
        var response = await Client("Production").PostAsync("/dev/mailbox?handler=SendTest",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Recipient"] = "dev@example.org", ["Organization"] = "x" }));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
