using EventPlatform.Platform.Data;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace EventPlatform.Identity.Tokens;

/// <summary>Creates or updates the clients of <see cref="TokenServerOptions.Clients"/> when the database is migrated.</summary>
internal sealed class TokenClientSeeder(IOpenIddictApplicationManager applications, IOptions<TokenServerOptions> options) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var client in options.Value.Clients)
        {
            var descriptor = TokenClientDescriptors.From(client);
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
        }
    }
}
