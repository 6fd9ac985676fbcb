using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Accounts;

/// <summary>Identity's error messages in the request's language; the keys are <c>Account:IdentityError:{Code}</c>.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<IdentityResource> l) : IdentityErrorDescriber
{
    public const string KeyPrefix = "Account:IdentityError:";

    /// <summary>The codes this describer words itself; every one has a text in en, de and es.</summary>
    public static readonly IReadOnlyList<string> Codes =
    [
        nameof(DefaultError), nameof(ConcurrencyFailure), nameof(PasswordMismatch), nameof(InvalidToken),
        nameof(RecoveryCodeRedemptionFailed), nameof(LoginAlreadyAssociated), nameof(InvalidUserName), nameof(InvalidEmail),
        nameof(DuplicateUserName), nameof(DuplicateEmail), nameof(UserAlreadyHasPassword), nameof(UserLockoutNotEnabled),
        nameof(PasswordTooShort), nameof(PasswordRequiresUniqueChars), nameof(PasswordRequiresNonAlphanumeric),
        nameof(PasswordRequiresDigit), nameof(PasswordRequiresLower), nameof(PasswordRequiresUpper),
    ];

    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed));

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? "");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword));

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled));

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));

    private IdentityError Error(string code, params object[] arguments) =>
        new() { Code = code, Description = l[KeyPrefix + code, arguments] };
}
