using EventPlatform.Platform.Localization;

namespace EventPlatform.Events;

[LocalizationResource("Events")]
public sealed class EventsResource;
