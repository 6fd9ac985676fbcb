namespace EventPlatform.Platform.Application;

public sealed record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser,
    CurrentTenantDto CurrentTenant,
    LocalizationConfigurationDto Localization);
