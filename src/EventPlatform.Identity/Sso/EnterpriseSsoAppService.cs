using EventPlatform.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Sso;

[Authorize(IdentityPermissions.Organization.Manage)]
public sealed class EnterpriseSsoAppService(
    IdentityModuleDbContext db,
    ICurrentTenant currentTenant,
    EnterpriseSsoSchemes schemes,
    IHttpContextAccessor http) : IEnterpriseSsoAppService
{
    public async Task<EnterpriseSsoDto> GetAsync() =>
        ToDto(await FindAsync() ?? throw new EntityNotFoundException("EnterpriseSso", RequiredTenant()));

    public async Task<EnterpriseSsoDto> UpdateAsync(UpdateEnterpriseSsoDto input)
    {
        var organization = RequiredTenant();
        var connection = await FindAsync();
        var secret = string.IsNullOrWhiteSpace(input.ClientSecret) ? null : schemes.SecretProtector.Protect(input.ClientSecret.Trim());
        if (connection is null)
        {
            connection = new EnterpriseSsoConnection(input.Authority, input.ClientId,
                secret ?? throw new BusinessException(IdentityErrorCodes.SsoClientSecretRequired), input.EmailDomains, input.JoinRole);
            if (!input.IsEnabled) connection.Configure(input.Authority, input.ClientId, input.EmailDomains, input.JoinRole, isEnabled: false);
            db.EnterpriseSsoConnections.Add(connection);
        }
        else
        {
            connection.Configure(input.Authority, input.ClientId, input.EmailDomains, input.JoinRole, input.IsEnabled);
            if (secret is not null) connection.ChangeClientSecret(secret);
        }

        await ClaimDomainsAsync(organization, connection.EmailDomains);
        await db.SaveChangesAsync();
        await schemes.EnsureAsync(organization);
        return ToDto(connection);
    }

    public async Task DeleteAsync()
    {
        var organization = RequiredTenant();
        var connection = await FindAsync() ?? throw new EntityNotFoundException("EnterpriseSso", organization);
        db.EnterpriseSsoConnections.Remove(connection);
        await ClaimDomainsAsync(organization, []);
        await db.SaveChangesAsync();
        await schemes.EnsureAsync(organization);
    }

    /// <summary>Makes <paramref name="domains"/> this organization's and only these; a domain of another organization is refused.</summary>
    private async Task ClaimDomainsAsync(Guid organization, IReadOnlyCollection<string> domains)
    {
        var taken = await db.SsoEmailDomains.AsNoTracking()
            .Where(d => domains.Contains(d.Domain) && d.OrganizationId != organization)
            .Select(d => d.Domain)
            .FirstOrDefaultAsync();
        if (taken is not null) throw new BusinessException(IdentityErrorCodes.SsoDomainTaken, StatusCodes.Status409Conflict).WithData("domain", taken);

        var current = await db.SsoEmailDomains.Where(d => d.OrganizationId == organization).ToListAsync();
        db.SsoEmailDomains.RemoveRange(current.Where(d => !domains.Contains(d.Domain)));
        db.SsoEmailDomains.AddRange(domains.Where(d => current.All(c => c.Domain != d)).Select(d => new SsoEmailDomain(d, organization)));
    }

    private Task<EnterpriseSsoConnection?> FindAsync() => db.EnterpriseSsoConnections.FirstOrDefaultAsync();

    private Guid RequiredTenant() => currentTenant.Id ?? throw new BusinessException(PlatformErrorCodes.TenantRequired, StatusCodes.Status400BadRequest);

    private EnterpriseSsoDto ToDto(EnterpriseSsoConnection connection)
    {
        var request = http.HttpContext?.Request;
        // A connection added in this request has no tenant until it is saved.
        var organization = connection.TenantId == Guid.Empty ? RequiredTenant() : connection.TenantId;
        var callback = $"{request?.Scheme}://{request?.Host}/signin-{EnterpriseSsoConnection.SchemeOf(organization)}";
        return new EnterpriseSsoDto(connection.Authority, connection.ClientId, connection.ProtectedClientSecret.Length > 0,
            connection.EmailDomains, connection.JoinRole, connection.IsEnabled, callback);
    }
}
