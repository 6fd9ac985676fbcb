using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Profile;

[Authorize]
public sealed class ProfileAppService(
    CurrentAccount account,
    UserManager<User> users,
    SignInManager<User> signIn,
    AvatarService avatars,
    IdentityModuleDbContext db) : IProfileAppService
{
    public async Task<ProfileDto> GetAsync() => await ToDtoAsync(await account.GetUserAsync());

    public async Task<ProfileDto> UpdateAsync(UpdateProfileDto input)
    {
        var user = await account.GetUserAsync();
        user.ChangeDisplayName(input.DisplayName);
        user.PreferredCulture = EmptyAsNull(input.PreferredCulture);
        user.TimeZone = EmptyAsNull(input.TimeZone);
        user.NotifyEventReminders = input.NotifyEventReminders;
        user.NotifyProductNews = input.NotifyProductNews;
        var phone = PhoneNumberNormalizer.ToE164(input.PhoneNumber);
        if (phone != user.PhoneNumber)
        {
            // A changed number is no longer the one that was confirmed.
            user.PhoneNumber = phone;
            user.PhoneNumberConfirmed = false;
        }

        EnsureSucceeded(await users.UpdateAsync(user));
        // The display name travels in the sign-in cookie: refresh it (a no-op for token sign-ins).
        await signIn.RefreshSignInAsync(user);
        return await ToDtoAsync(user);
    }

    public async Task ChangePasswordAsync(ChangePasswordDto input)
    {
        var user = await account.GetUserAsync();
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            throw result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? new BusinessException(ProfileErrorCodes.WrongCurrentPassword, StatusCodes.Status400BadRequest)
                : new BusinessException(ProfileErrorCodes.PasswordRejected, StatusCodes.Status400BadRequest)
                    .WithData("reasons", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        // Whoever knew the old password is signed out everywhere else; this browser stays signed in.
        var current = account.SessionId;
        var ended = await db.UserSessions.Where(s => s.UserId == user.Id && s.Id != current).ExecuteDeleteAsync();
        await account.WriteSecurityEventAsync(SecurityActions.PasswordChanged, new { otherSessionsEnded = ended });
        await signIn.RefreshSignInAsync(user);
    }

    public async Task DeleteAvatarAsync() => await avatars.RemoveAsync(await account.GetUserAsync());

    private async Task<ProfileDto> ToDtoAsync(User user) => new(
        user.Email!,
        user.DisplayName,
        user.PhoneNumber,
        user.PreferredCulture,
        user.TimeZone,
        user.NotifyEventReminders,
        user.NotifyProductNews,
        await avatars.GetUrlAsync(user));

    private static string? EmptyAsNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void EnsureSucceeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Saving the profile failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
