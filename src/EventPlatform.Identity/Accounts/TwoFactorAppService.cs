using System.Globalization;
using System.Text;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.Accounts;

[Authorize]
public sealed class TwoFactorAppService(
    UserManager<User> users,
    SignInManager<User> signIn,
    ICurrentUser currentUser,
    IAuditLog audit,
    IOptions<AccountOptions> options) : ITwoFactorAppService
{
    public async Task<TwoFactorStatusDto> GetAsync()
    {
        var user = await CurrentAsync();
        return new TwoFactorStatusDto(user.TwoFactorEnabled, user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0);
    }

    public async Task<TwoFactorSetupDto> GetSetupAsync()
    {
        var user = await CurrentAsync();
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity stored no authenticator key.");
        }

        var issuer = Uri.EscapeDataString(options.Value.AuthenticatorIssuer);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        return new TwoFactorSetupDto(Grouped(key), uri, QrCodeSvg.For(uri));
    }

    public async Task<RecoveryCodesDto> EnableAsync(TwoFactorCodeDto input)
    {
        var user = await CurrentAsync();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCodes.Normalize(input.Code));
        if (!valid) throw new BusinessException(AccountErrorCodes.InvalidTwoFactorCode, StatusCodes.Status400BadRequest);

        (await users.SetTwoFactorEnabledAsync(user, true)).ThrowIfFailed();
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AccountConsts.RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(SecurityActions.TwoFactorEnabled, SecurityActions.UserEntity, user.Id.ToString());
        return new RecoveryCodesDto([.. codes ?? []]);
    }

    public async Task<RecoveryCodesDto> GenerateRecoveryCodesAsync()
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled) throw new BusinessException(AccountErrorCodes.TwoFactorNotEnabled, StatusCodes.Status400BadRequest);

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AccountConsts.RecoveryCodeCount);
        return new RecoveryCodesDto([.. codes ?? []]);
    }

    public async Task DisableAsync()
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled) return;

        (await users.SetTwoFactorEnabledAsync(user, false)).ThrowIfFailed();
        // A later set-up starts from a fresh key; the old one may sit in a lost phone.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(SecurityActions.TwoFactorDisabled, SecurityActions.UserEntity, user.Id.ToString());
    }

    private async Task<User> CurrentAsync()
    {
        var id = currentUser.Id ?? throw new EntityNotFoundException(nameof(User), null);
        return await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(User), id);
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
