using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace EventPlatform.Identity.Gdpr;

[Authorize]
public sealed class PrivacyAppService(
    ICurrentUser currentUser,
    ConsentManager consents,
    PersonalDataExporter exporter,
    AccountEraser eraser,
    SignInManager<User> signIn) : IPrivacyAppService
{
    private Guid UserId => currentUser.Id ?? throw new InvalidOperationException("The privacy service needs a signed-in user.");

    public async Task<PrivacyOverviewDto> GetAsync() =>
        new(consents.CurrentTermsVersion, await consents.CurrentAsync(UserId));

    public Task<PersonalDataExportDto> GetPersonalDataAsync() => exporter.ExportAsync(UserId);

    public async Task<PrivacyOverviewDto> ChangeConsentAsync(ChangeConsentInput input)
    {
        await consents.RecordAsync(UserId, input.Kind, input.Granted);
        return await GetAsync();
    }

    public async Task EraseAsync(EraseAccountInput input)
    {
        await eraser.EraseAsync(UserId, input.Password);
        // The session of an erased account must not live on.
        await signIn.SignOutAsync();
    }
}
