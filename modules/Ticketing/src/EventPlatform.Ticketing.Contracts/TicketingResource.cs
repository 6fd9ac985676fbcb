using EventPlatform.Platform.Localization;

namespace EventPlatform.Ticketing;

[LocalizationResource("Ticketing")]
public sealed class TicketingResource;
