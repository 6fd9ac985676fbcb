using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventPlatform.Identity.Tests;

/// <summary>The production host with nothing added, so its routes are the ones users get.</summary>
public sealed class IdentityTestFactory : EventPlatformFactory
{
    public const string BaseDomain = "events.test";

    private WebApplicationFactory<Program>? _withBaseDomain;

    /// <summary>The same host and database with <c>Tenancy:BaseDomain</c> set, so <c>{slug}.events.test</c> selects the organization.</summary>
    public WebApplicationFactory<Program> WithBaseDomain =>
        _withBaseDomain ??= WithWebHostBuilder(builder => builder.UseSetting("Tenancy:BaseDomain", BaseDomain));
}

[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityTestFactory>
{
    public const string Name = "Identity";
}
