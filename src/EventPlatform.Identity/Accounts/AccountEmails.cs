using System.Text;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Email;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.Accounts;

/// <summary>Sends the confirmation and password-reset mails with links that carry the user id and a base64url token.</summary>
public sealed class AccountEmails(
    UserManager<User> users,
    IEmailSender sender,
    IEmailTemplateRenderer renderer,
    IHttpContextAccessor http,
    IOptions<AccountOptions> options)
{
    public const string ConfirmEmailPath = "/account/confirm-email";
    public const string ResetPasswordPath = "/account/reset-password";

    public async Task SendConfirmationAsync(User user)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await SendAsync(user, AccountEmailTemplates.ConfirmEmail, LinkTo(ConfirmEmailPath, user.Id, token));
    }

    public async Task SendPasswordResetAsync(User user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await SendAsync(user, AccountEmailTemplates.ResetPassword, LinkTo(ResetPasswordPath, user.Id, token));
    }

    /// <summary>The token from a link, or null when it is not valid base64url.</summary>
    public static string? DecodeToken(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task SendAsync(User user, string template, string link)
    {
        var mail = renderer.Render(typeof(AccountEmails), template, new Dictionary<string, string?>
        {
            ["name"] = user.DisplayName,
            ["link"] = link,
        });
        await sender.SendAsync(new EmailMessage(user.Email!, mail.Subject, mail.HtmlBody, mail.TextBody));
    }

    private string LinkTo(string path, Guid userId, string token)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["userId"] = userId.ToString(),
            ["token"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)),
        });
        return $"{Origin()}{path}{query}";
    }

    private string Origin()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)) return options.Value.PublicBaseUrl.TrimEnd('/');
        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Account e-mails outside a request need Accounts:PublicBaseUrl.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
