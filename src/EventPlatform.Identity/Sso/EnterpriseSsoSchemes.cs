using System.Collections.Concurrent;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.External;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.Sso;

/// <summary>
/// One OpenID Connect authentication scheme per organization with single sign-on, registered on demand from the
/// database (so every node, after any restart, serves the callbacks of connections made elsewhere) and rebuilt when
/// the organization changes its connection.
/// </summary>
public sealed class EnterpriseSsoSchemes(
    IAuthenticationSchemeProvider schemes,
    IOptionsMonitorCache<OpenIdConnectOptions> optionsCache,
    IEnumerable<IPostConfigureOptions<OpenIdConnectOptions>> postConfigures,
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    IOptions<ExternalAuthenticationOptions> external)
{
    public const string ProtectorPurpose = "EventPlatform.Identity.Sso.ClientSecret";

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _versions = new();
    private readonly SemaphoreSlim _lock = new(1, 1);

    public IDataProtector SecretProtector => dataProtection.CreateProtector(ProtectorPurpose);

    /// <summary>Makes the organization's scheme current; false when it has no enabled connection.</summary>
    public async Task<bool> EnsureAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var connection = await LoadAsync(organizationId, cancellationToken);
        var name = EnterpriseSsoConnection.SchemeOf(organizationId);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (connection is not { IsEnabled: true })
            {
                schemes.RemoveScheme(name);
                optionsCache.TryRemove(name);
                _versions.TryRemove(organizationId, out _);
                return false;
            }

            var version = connection.ModifiedAt ?? connection.CreatedAt;
            if (_versions.TryGetValue(organizationId, out var known) && known == version && await schemes.GetSchemeAsync(name) is not null)
            {
                return true;
            }

            var options = new OpenIdConnectOptions();
            ExternalProviders.Configure(options, name, connection.Authority, connection.ClientId,
                SecretProtector.Unprotect(connection.ProtectedClientSecret), external.Value.RequireHttpsMetadata);
            foreach (var postConfigure in postConfigures) postConfigure.PostConfigure(name, options);
            optionsCache.TryRemove(name);
            optionsCache.TryAdd(name, options);
            if (await schemes.GetSchemeAsync(name) is null)
            {
                schemes.AddScheme(new AuthenticationScheme(name, "Single sign-on", typeof(OpenIdConnectHandler)));
            }

            _versions[organizationId] = version;
            return true;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The organization id of an enterprise scheme name, or null for any other scheme.</summary>
    public static Guid? OrganizationOf(string? scheme) =>
        scheme is not null && scheme.StartsWith("sso-", StringComparison.Ordinal) && Guid.TryParseExact(scheme[4..], "N", out var id) ? id : null;

    private async Task<EnterpriseSsoConnection?> LoadAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using (new CurrentTenant().Change(organizationId))
        {
            return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().EnterpriseSsoConnections
                .AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        }
    }
}
