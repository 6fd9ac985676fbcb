using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Gdpr;

/// <summary>The signed-in user's privacy: consents, personal data download and account erasure (<c>api/identity/privacy</c>).</summary>
public interface IPrivacyAppService : IApplicationService
{
    /// <summary><c>GET api/identity/privacy</c>: the current consents.</summary>
    Task<PrivacyOverviewDto> GetAsync();

    /// <summary><c>GET api/identity/privacy/personal-data</c>: every module's section of the user's personal data.</summary>
    Task<PersonalDataExportDto> GetPersonalDataAsync();

    /// <summary><c>POST api/identity/privacy/change-consent</c>: gives or withdraws a consent.</summary>
    Task<PrivacyOverviewDto> ChangeConsentAsync(ChangeConsentInput input);

    /// <summary><c>POST api/identity/privacy/erase</c>: anonymizes the account after the password is re-entered.</summary>
    Task EraseAsync(EraseAccountInput input);
}
