using System.Globalization;

namespace EventPlatform.Platform.Email;

/// <summary>
/// Renders the localized email templates embedded in a module's assembly as
/// <c>EmailTemplates/{name}.{culture}.html</c> (falling back to <c>en</c>). <c>{{placeholder}}</c> values are
/// HTML-encoded; the subject is the template's <c>&lt;title&gt;</c>.
/// </summary>
public interface IEmailTemplateRenderer
{
    /// <param name="module">Any type of the assembly that embeds the template.</param>
    /// <param name="culture">The recipient's culture; the current UI culture when null.</param>
    RenderedEmail Render(Type module, string name, IReadOnlyDictionary<string, string?> values, CultureInfo? culture = null);
}

public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody)
{
    public EmailMessage ToMessage(string to, IReadOnlyList<EmailAttachment>? attachments = null) =>
        new(to, Subject, HtmlBody, TextBody) { Attachments = attachments ?? [] };
}
