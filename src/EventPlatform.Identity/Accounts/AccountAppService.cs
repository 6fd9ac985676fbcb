using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Gdpr;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace EventPlatform.Identity.Accounts;

[EnableRateLimiting(AccountRateLimitPolicy.Name)]
public sealed class AccountAppService(UserManager<User> users, AccountEmails emails, IAuditLog audit, ConsentManager consents, TimeProvider clock) : IAccountAppService
{
    public async Task RegisterAsync(RegisterDto input)
    {
        var email = input.Email.Trim();
        var user = new User(Guid.CreateVersion7(), email, input.DisplayName, clock.GetUtcNow());
        (await users.CreateAsync(user, input.Password)).ThrowIfFailed();
        await audit.WriteAsync(SecurityActions.SignedUp, SecurityActions.UserEntity, user.Id.ToString());
        // Signing up accepts the current terms (the form says so); marketing mail only when ticked.
        await consents.RecordAsync(user.Id, ConsentKinds.Terms, granted: true);
        if (input.MarketingEmails) await consents.RecordAsync(user.Id, ConsentKinds.Marketing, granted: true);
        await emails.SendConfirmationAsync(user);
    }

    public async Task ConfirmEmailAsync(ConfirmEmailDto input)
    {
        var user = await users.FindByIdAsync(input.UserId.ToString());
        var token = AccountEmails.DecodeToken(input.Token);
        if (user is null || token is null || !(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            throw new BusinessException(AccountErrorCodes.InvalidToken, StatusCodes.Status400BadRequest);
        }

        await audit.WriteAsync(SecurityActions.EmailConfirmed, SecurityActions.UserEntity, user.Id.ToString());
    }

    public async Task SendEmailConfirmationAsync(EmailAddressDto input)
    {
        if (await users.FindByEmailAsync(input.Email.Trim()) is { EmailConfirmed: false, ErasedAt: null } user)
        {
            await emails.SendConfirmationAsync(user);
        }
    }

    public async Task SendPasswordResetAsync(EmailAddressDto input)
    {
        if (await users.FindByEmailAsync(input.Email.Trim()) is { EmailConfirmed: true, ErasedAt: null } user)
        {
            await emails.SendPasswordResetAsync(user);
        }
    }

    public async Task ResetPasswordAsync(ResetPasswordDto input)
    {
        var user = await users.FindByIdAsync(input.UserId.ToString());
        var token = AccountEmails.DecodeToken(input.Token);
        if (user is null || token is null) throw new BusinessException(AccountErrorCodes.InvalidToken, StatusCodes.Status400BadRequest);

        var result = await users.ResetPasswordAsync(user, token, input.Password);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            throw new BusinessException(AccountErrorCodes.InvalidToken, StatusCodes.Status400BadRequest);
        }

        result.ThrowIfFailed();
        // Whoever can read the mailbox owns the account: a lockout from someone else's guesses ends here.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(SecurityActions.PasswordReset, SecurityActions.UserEntity, user.Id.ToString());
    }
}
