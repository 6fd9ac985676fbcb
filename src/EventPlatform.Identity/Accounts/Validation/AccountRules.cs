using FluentValidation;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Accounts.Validation;

/// <summary>The e-mail and password rules every account form shares, with localized field names.</summary>
internal static class AccountRules
{
    public static IRuleBuilderOptions<T, string> AccountEmail<T>(this IRuleBuilder<T, string> rule, IStringLocalizer l) =>
        rule.NotEmpty().MaximumLength(AccountConsts.MaxEmailLength).EmailAddress().WithName(_ => l["Account:Email"]);

    public static IRuleBuilderOptions<T, string> AccountPassword<T>(this IRuleBuilder<T, string> rule, IStringLocalizer l) =>
        rule.NotEmpty().Length(AccountConsts.MinPasswordLength, AccountConsts.MaxPasswordLength).WithName(_ => l["Account:Password"]);

    public static IRuleBuilderOptions<T, string> AccountToken<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(AccountConsts.MaxTokenLength);
}
