using EventPlatform.Platform.Localization;

namespace EventPlatform.CheckIn;

[LocalizationResource("CheckIn")]
public sealed class CheckInResource;
