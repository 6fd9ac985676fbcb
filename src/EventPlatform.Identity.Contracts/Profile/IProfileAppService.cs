using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Profile;

/// <summary>The signed-in user's own profile (<c>api/identity/profile</c>).</summary>
public interface IProfileAppService : IApplicationService
{
    Task<ProfileDto> GetAsync();

    Task<ProfileDto> UpdateAsync(UpdateProfileDto input);

    /// <summary>Changes the password and signs out every other session of the user.</summary>
    Task ChangePasswordAsync(ChangePasswordDto input);

    Task DeleteAvatarAsync();
}
