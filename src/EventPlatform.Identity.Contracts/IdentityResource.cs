using EventPlatform.Platform.Localization;

namespace EventPlatform.Identity;

[LocalizationResource("Identity")]
public sealed class IdentityResource;
