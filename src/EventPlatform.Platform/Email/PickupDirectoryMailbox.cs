using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventPlatform.Platform.Email;

/// <summary>Reads the .eml files of the pickup directory, for the development mailbox page.</summary>
public sealed partial class PickupDirectoryMailbox(IOptions<EmailOptions> options)
{
    public string Directory => options.Value.PickupDirectory;

    /// <summary>Sorts by time of writing: "20261125T104700123-{guid}.eml".</summary>
    public static string NewFileName() => $"{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";

    /// <summary>The newest <paramref name="max"/> messages, newest first.</summary>
    public async Task<IReadOnlyList<MailboxEntry>> ListAsync(int max = 200, CancellationToken cancellationToken = default)
    {
        if (!System.IO.Directory.Exists(Directory)) return [];

        var files = new DirectoryInfo(Directory).EnumerateFiles("*.eml")
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .Take(max);
        var entries = new List<MailboxEntry>();
        foreach (var file in files)
        {
            var message = await MimeMessage.LoadAsync(file.FullName, cancellationToken);
            entries.Add(new MailboxEntry(Path.GetFileNameWithoutExtension(file.Name), message.Subject ?? "", message.From.ToString(),
                message.To.ToString(), message.Date, message.Attachments.Count()));
        }

        return entries;
    }

    /// <summary>Null for an unknown id or one that is not a plain file name (no path tricks).</summary>
    public async Task<MimeMessage?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!MessageId().IsMatch(id)) return null;
        var path = Path.Combine(Directory, id + ".eml");
        return File.Exists(path) ? await MimeMessage.LoadAsync(path, cancellationToken) : null;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial Regex MessageId();
}
