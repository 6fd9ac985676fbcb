using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Auditing;
using Microsoft.AspNetCore.Identity;

namespace EventPlatform.Identity.Accounts;

/// <summary>
/// The cookie sign-in steps over Identity's <see cref="SignInManager{TUser}"/>, with lockout on every failed step and a
/// security event for each outcome.
/// </summary>
public sealed class AccountSignIn(SignInManager<User> signIn, UserManager<User> users, IAuditLog audit)
{
    public async Task<SignInOutcome> PasswordAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.ErasedAt is not null)
        {
            await audit.WriteAsync(SecurityActions.SignInFailed, SecurityActions.UserEntity, details: new { reason = "UnknownAccount" });
            return SignInOutcome.Failed;
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return await RecordAsync(user, result, wasLockedOut, "Password");
    }

    public async Task<SignInOutcome> AuthenticatorCodeAsync(string code, bool remember, bool rememberDevice)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return SignInOutcome.TwoFactorExpired;

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodes.Normalize(code), remember, rememberDevice);
        return await RecordAsync(user, result, wasLockedOut, "AuthenticatorCode");
    }

    public async Task<SignInOutcome> RecoveryCodeAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return SignInOutcome.TwoFactorExpired;

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorCodes.NormalizeRecoveryCode(code));
        if (result.Succeeded)
        {
            await audit.WriteAsync(SecurityActions.RecoveryCodeUsed, SecurityActions.UserEntity, user.Id.ToString(),
                new { left = await users.CountRecoveryCodesAsync(user) });
        }

        return await RecordAsync(user, result, wasLockedOut, "RecoveryCode");
    }

    public async Task SignOutAsync(Guid? userId)
    {
        await signIn.SignOutAsync();
        if (userId is { } id) await audit.WriteAsync(SecurityActions.SignedOut, SecurityActions.UserEntity, id.ToString());
    }

    private async Task<SignInOutcome> RecordAsync(User user, SignInResult result, bool wasLockedOut, string method)
    {
        var key = user.Id.ToString();
        if (result.Succeeded)
        {
            await audit.WriteAsync(SecurityActions.SignedIn, SecurityActions.UserEntity, key, new { method });
            return SignInOutcome.Succeeded;
        }

        if (result.RequiresTwoFactor) return SignInOutcome.RequiresTwoFactor;

        if (result.IsLockedOut && !wasLockedOut)
        {
            await audit.WriteAsync(SecurityActions.LockedOut, SecurityActions.UserEntity, key, new { method });
            return SignInOutcome.LockedOut;
        }

        var (outcome, reason) = result switch
        {
            { IsLockedOut: true } => (SignInOutcome.LockedOut, "LockedOut"),
            { IsNotAllowed: true } => (SignInOutcome.NotConfirmed, "NotConfirmed"),
            _ => (SignInOutcome.Failed, "WrongCredentials"),
        };
        await audit.WriteAsync(SecurityActions.SignInFailed, SecurityActions.UserEntity, key, new { method, reason });
        return outcome;
    }
}
