namespace EventPlatform.Ticketing.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class TicketingCollection : ICollectionFixture<TicketingTestFactory>
{
    public const string Name = "Ticketing";
}
