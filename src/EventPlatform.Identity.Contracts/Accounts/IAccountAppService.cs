using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Accounts;

/// <summary>Sign-up, e-mail confirmation and password reset; the sign-in pages and <c>api/identity/account</c> share it.</summary>
public interface IAccountAppService : IApplicationService
{
    /// <summary>Creates an unconfirmed account and e-mails the confirmation link.</summary>
    Task RegisterAsync(RegisterDto input);

    Task ConfirmEmailAsync(ConfirmEmailDto input);

    /// <summary>E-mails a new confirmation link to an unconfirmed account; answers the same whether or not the address is known.</summary>
    Task SendEmailConfirmationAsync(EmailAddressDto input);

    /// <summary>E-mails a password-reset link; answers the same whether or not the address is known.</summary>
    Task SendPasswordResetAsync(EmailAddressDto input);

    Task ResetPasswordAsync(ResetPasswordDto input);
}
