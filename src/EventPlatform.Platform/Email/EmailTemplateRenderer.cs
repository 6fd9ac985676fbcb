using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using EventPlatform.Platform.Localization;

namespace EventPlatform.Platform.Email;

/// <summary>
/// Reads <c>EmailTemplates/{name}.{culture}.html</c> from a module's embedded resources, walking the culture
/// chain (de-AT -> de -> en), and fills <c>{{placeholder}}</c>s with HTML-encoded values.
/// </summary>
public sealed partial class EmailTemplateRenderer : IEmailTemplateRenderer
{
    // Encodes markup characters only, so "Müller" stays readable in the HTML source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<(Assembly, string), string?> _templates = new();

    public RenderedEmail Render(Type module, string name, IReadOnlyDictionary<string, string?> values, CultureInfo? culture = null)
    {
        if (!TemplateName().IsMatch(name)) throw new ArgumentException($"'{name}' is not a valid email template name.", nameof(name));

        var template = Find(module.Assembly, name, culture ?? CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"{module.Assembly.GetName().Name} embeds no email template EmailTemplates/{name}.{{culture}}.html.");
        var html = Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? Encoder.Encode(value ?? "")
            : throw new InvalidOperationException($"Email template '{name}' needs a value for {{{{{match.Groups[1].Value}}}}}."));
        var subject = HtmlToText.Title(html)
            ?? throw new InvalidOperationException($"Email template '{name}' has no <title> to use as the subject.");
        return new RenderedEmail(subject, html, HtmlToText.Convert(html));
    }

    private string? Find(Assembly assembly, string name, CultureInfo culture)
    {
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (Load(assembly, $"{name}.{c.Name}.html") is { } template) return template;
        }

        return Load(assembly, $"{name}.{JsonLocalizationStore.DefaultCulture}.html");
    }

    private string? Load(Assembly assembly, string fileName) => _templates.GetOrAdd((assembly, fileName), key =>
    {
        // The logical name when the project sets one, else the compiler's "{RootNamespace}.EmailTemplates.{file}".
        var resource = key.Item1.GetManifestResourceNames().FirstOrDefault(n =>
            n == "EmailTemplates/" + key.Item2 || n.EndsWith(".EmailTemplates." + key.Item2, StringComparison.Ordinal));
        if (resource is null) return null;
        using var reader = new StreamReader(key.Item1.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    });

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+$")]
    private static partial Regex TemplateName();
}
