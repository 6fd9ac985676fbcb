namespace EventPlatform.E2E.Infrastructure;

/// <summary>All browser tests share one running app and one browser; each test gets its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<E2EFactory>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
