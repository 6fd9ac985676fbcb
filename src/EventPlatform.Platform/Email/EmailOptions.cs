using MailKit.Security;

namespace EventPlatform.Platform.Email;

/// <summary>Configuration section <c>Email</c>. Without <c>Email:Smtp:Host</c> mail goes to the pickup directory as .eml files.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>Sender address, "Display Name &lt;address&gt;".</summary>
    public string From { get; set; } = "EventPlatform <no-reply@eventplatform.local>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where .eml files are written when no SMTP host is set; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = ".data/mail";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>None, StartTls, SslOnConnect or Auto (TLS on 465, STARTTLS when the server offers it).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
}
