using EventPlatform.Platform.Localization;

namespace EventPlatform.Payments;

[LocalizationResource("Payments")]
public sealed class PaymentsResource;
