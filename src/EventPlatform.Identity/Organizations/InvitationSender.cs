using System.Globalization;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Email;
using Microsoft.AspNetCore.Http;
using EventPlatform.Platform.Localization;

namespace EventPlatform.Identity.Organizations;

/// <summary>Sends the invitation e-mail in the organization's language and colors, with the accept link.</summary>
public sealed class InvitationSender(
    IEmailSender email,
    IEmailTemplateRenderer templates,
    IOrganizationBrandingProvider branding,
    JsonLocalizationStore texts,
    IHttpContextAccessor http)
{
    public const string Template = "Invitation";

    public async Task SendAsync(Invitation invitation, string token, string inviterName, CancellationToken cancellationToken = default)
    {
        var brand = await branding.GetCurrentAsync(cancellationToken);
        var culture = CultureInfo.GetCultureInfo(brand.Language);
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Invitations are sent while handling a request.");
        var link = $"{request.Scheme}://{request.Host}{request.PathBase}/o/{brand.Slug}/join?token={Uri.EscapeDataString(token)}";
        var role = texts.Find(typeof(IdentityResource), $"Organization:Role:{invitation.Role}", culture) ?? invitation.Role;

        var message = templates.Render(typeof(InvitationSender), Template, new Dictionary<string, string?>
        {
            ["organization"] = brand.Name,
            ["inviter"] = inviterName,
            ["role"] = role,
            ["link"] = link,
            ["expires"] = invitation.ExpiresAt.ToString("d", culture),
            ["color"] = brand.PrimaryColor ?? "#4f46e5",
        }, culture);
        await email.SendAsync(message.ToMessage(invitation.Email), cancellationToken);
    }
}
