using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace EventPlatform.Identity.Accounts;

internal static class IdentityResultExtensions
{
    /// <summary>
    /// Turns Identity's refusals into field errors (400 over HTTP, messages next to the fields on the pages), each on
    /// the input field it concerns.
    /// </summary>
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (result.Succeeded) return;
        // The user name is the e-mail address: its refusals would repeat the e-mail's in other words.
        var errors = result.Errors.Where(e => e.Code is not (nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName))
            || !result.Errors.Any(other => other.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail)));
        throw new ValidationException(errors.Select(e => new ValidationFailure(FieldOf(e.Code), e.Description) { ErrorCode = e.Code }));
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) && code != nameof(IdentityErrorDescriber.PasswordMismatch) => nameof(RegisterDto.Password),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail)
            or nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(RegisterDto.Email),
        nameof(IdentityErrorDescriber.InvalidToken) => nameof(ResetPasswordDto.Token),
        _ => "",
    };
}
