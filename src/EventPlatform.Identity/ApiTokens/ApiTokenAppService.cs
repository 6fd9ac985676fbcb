using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.ApiTokens;

[Authorize(IdentityPermissions.ApiTokens.Manage)]
public sealed class ApiTokenAppService(
    IdentityModuleDbContext db,
    ICurrentTenant currentTenant,
    IPermissionChecker permissions,
    PermissionDefinitionManager definitions,
    IAuditLog auditLog,
    TimeProvider clock) : IApiTokenAppService
{
    public async Task<IReadOnlyList<ApiTokenDto>> GetListAsync()
    {
        EnsureManager();
        var now = clock.GetUtcNow();
        var tokens = await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ToListAsync();
        return tokens.Select(t => ToDto(t, now)).ToList();
    }

    public Task<IReadOnlyList<string>> GetGrantablePermissionsAsync()
    {
        EnsureManager();
        IReadOnlyList<string> grantable = definitions.All.Select(d => d.Name).Where(permissions.IsGranted).Order(StringComparer.Ordinal).ToList();
        return Task.FromResult(grantable);
    }

    public async Task<CreatedApiTokenDto> CreateAsync(CreateApiTokenInput input)
    {
        EnsureManager();
        var organization = currentTenant.Id ?? throw new BusinessException(PlatformErrorCodes.TenantRequired, StatusCodes.Status400BadRequest);
        // Not more than the creator holds: a token never widens what its creator may do.
        if (input.Permissions.FirstOrDefault(p => !permissions.IsGranted(p)) is { } notHeld)
        {
            throw new BusinessException(IdentityErrorCodes.ApiTokenPermissionNotHeld).WithData("permission", notHeld);
        }

        var now = clock.GetUtcNow();
        var secret = ApiTokenSecret.Generate(organization);
        var token = new ApiToken(input.Name, ApiTokenSecret.Hash(secret), ApiTokenSecret.HintOf(secret), input.Permissions,
            input.ExpiresInDays is { } days ? now.AddDays(days) : null);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        await auditLog.WriteAsync(SecurityActions.TokenCreated, SecurityActions.OrganizationEntity, organization.ToString(),
            new { TokenId = token.Id, token.Name, token.Permissions, token.ExpiresAt });
        return new CreatedApiTokenDto(ToDto(token, now), secret);
    }

    public async Task RevokeAsync(Guid id)
    {
        EnsureManager();
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id)
            ?? throw new BusinessException(IdentityErrorCodes.ApiTokenNotFound, StatusCodes.Status404NotFound);
        if (token.RevokedAt is not null) return;
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync();
        await auditLog.WriteAsync(SecurityActions.TokenRevoked, SecurityActions.OrganizationEntity, token.TenantId.ToString(),
            new { TokenId = token.Id, token.Name });
    }

    // The HTTP API checks [Authorize]; pages call in-process, so the service checks as well.
    private void EnsureManager()
    {
        if (!permissions.IsGranted(IdentityPermissions.ApiTokens.Manage))
        {
            throw new BusinessException(PlatformErrorCodes.Forbidden, StatusCodes.Status403Forbidden);
        }
    }

    private static ApiTokenDto ToDto(ApiToken t, DateTimeOffset now) =>
        new(t.Id, t.Name, t.Hint, t.Permissions, t.CreatedBy, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.IsActiveAt(now));
}
