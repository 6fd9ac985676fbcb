using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Infrastructure;

/// <summary>The production host on the Ticketing tests' own database; shared by every test class through <see cref="TicketingCollection"/>.</summary>
public sealed class TicketingTestFactory : EventPlatformFactory;
