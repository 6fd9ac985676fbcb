using System.Text.RegularExpressions;
using MimeKit;

namespace EventPlatform.TestBase;

/// <summary>
/// The messages the test host sent: real MIME files written by the MailKit sender into the factory's own
/// pickup directory (no SMTP server needed). Waits briefly, since some mail is sent by background jobs.
/// </summary>
public sealed partial class TestMailbox(string directory)
{
    public string Directory { get; } = directory;

    /// <summary>Every message to <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ToAsync(string address)
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var messages = new List<MimeMessage>();
        foreach (var file in new DirectoryInfo(Directory).EnumerateFiles("*.eml").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file.FullName);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    /// <summary>The newest message to <paramref name="address"/> whose subject contains <paramref name="subjectPart"/>; waits up to 10 s.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, string? subjectPart = null, int skip = 0)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var found = (await ToAsync(address))
                .Where(m => subjectPart is null || (m.Subject ?? "").Contains(subjectPart, StringComparison.OrdinalIgnoreCase))
                .Skip(skip)
                .LastOrDefault();
            if (found is not null) return found;
            await Task.Delay(100);
        }

        throw new TimeoutException($"No message to {address}{(subjectPart is null ? "" : $" about \"{subjectPart}\"")} arrived.");
    }

    /// <summary>The first link in the message's HTML or text whose path contains <paramref name="pathPart"/>.</summary>
    public static string LinkIn(MimeMessage message, string pathPart)
    {
        var body = message.HtmlBody ?? message.TextBody ?? "";
        return Links().Matches(body).Select(m => System.Net.WebUtility.HtmlDecode(m.Value))
            .FirstOrDefault(link => link.Contains(pathPart, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The message \"{message.Subject}\" has no link containing {pathPart}.");
    }

    [GeneratedRegex("""https?://[^\s"'<>]+""")]
    private static partial Regex Links();
}
