namespace EventPlatform.Platform.Localization;

/// <summary>Texts of the kernel and the shared layout.</summary>
[LocalizationResource("Platform")]
public sealed class PlatformResource;
