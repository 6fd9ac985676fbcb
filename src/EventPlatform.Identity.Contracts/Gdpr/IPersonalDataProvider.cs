namespace EventPlatform.Identity.Gdpr;

/// <summary>
/// A module's contribution to a user's personal data download: one named JSON section holding every row of
/// that module which is about the user. Register implementations as scoped services; the export runs across all
/// organizations (host scope), so read by user id.
/// </summary>
public interface IPersonalDataProvider
{
    /// <summary>The section's name in the archive, e.g. <c>identity</c> or <c>ticketing</c>.</summary>
    string Section { get; }

    /// <summary>The user's data, serialized as JSON; null when the module holds nothing about the user.</summary>
    Task<object?> GetPersonalDataAsync(Guid userId, CancellationToken cancellationToken = default);
}
