using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests;

/// <summary>The production host on its own test database.</summary>
public sealed class EventsTestFactory : EventPlatformFactory;

[CollectionDefinition(Name)]
public sealed class EventsCollection : ICollectionFixture<EventsTestFactory>
{
    public const string Name = "Events";
}
