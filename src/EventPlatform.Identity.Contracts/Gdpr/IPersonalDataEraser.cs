namespace EventPlatform.Identity.Gdpr;

/// <summary>
/// A module's part of erasing an account: delete or anonymize every row about the user. Records the law
/// requires to keep (invoices, payments) stay, with names, addresses and e-mail replaced by placeholders.
/// Runs across all organizations (host scope) before the account row itself is anonymized.
/// </summary>
public interface IPersonalDataEraser
{
    Task EraseAsync(Guid userId, CancellationToken cancellationToken = default);
}
