using System.Security.Claims;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EventPlatform.Platform.MultiTenancy;

/// <summary>
/// Finds the organization of a request and runs the rest of the pipeline inside it. Order: slug in the
/// route or subdomain, the signed-in user's selected organization (claim), then the <c>X-Tenant</c>
/// header, honoured only for members. Also sets who acts (user, IP, correlation id) for the audit log.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, IOptions<TenancyOptions> options)
{
    public async Task InvokeAsync(HttpContext context, ITenantStore tenants, ITenantMembershipChecker memberships)
    {
        var userId = context.User.FindUserId();
        var info = new ExecutionInfo(userId, context.Connection.RemoteIpAddress?.ToString(), context.TraceIdentifier);
        using var ambient = AmbientContext.Use(info);

        var tenantId = await ResolveAsync(context, tenants, memberships, userId);
        using var tenantScope = new CurrentTenant().Change(tenantId);
        await next(context);
    }

    private async Task<Guid?> ResolveAsync(HttpContext context, ITenantStore tenants, ITenantMembershipChecker memberships, Guid? userId)
    {
        var slug = context.GetRouteValue(options.Value.RouteKey) as string ?? SubdomainSlug(context.Request.Host.Host);
        if (!string.IsNullOrEmpty(slug))
        {
            var tenant = await tenants.FindBySlugAsync(slug, context.RequestAborted);
            return tenant?.Id ?? throw new BusinessException(PlatformErrorCodes.TenantNotFound, StatusCodes.Status404NotFound)
                .WithData("tenant", slug);
        }

        if (Guid.TryParse(context.User.FindFirstValue(TenantClaimTypes.TenantId), out var selected))
        {
            return selected;
        }

        var header = context.Request.Headers[TenantClaimTypes.TenantHeader].ToString();
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        var requested = Guid.TryParse(header, out var id)
            ? await tenants.FindByIdAsync(id, context.RequestAborted)
            : await tenants.FindBySlugAsync(header, context.RequestAborted);
        // Not revealing whether an organization exists to someone outside it: both cases answer 404.
        if (requested is null || userId is null || !await memberships.IsMemberAsync(userId.Value, requested.Id, context.RequestAborted))
        {
            throw new BusinessException(PlatformErrorCodes.TenantNotFound, StatusCodes.Status404NotFound).WithData("tenant", header);
        }

        return requested.Id;
    }

    private string? SubdomainSlug(string host)
    {
        var baseDomain = options.Value.BaseDomain;
        if (string.IsNullOrEmpty(baseDomain) || !host.EndsWith("." + baseDomain, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var slug = host[..^(baseDomain.Length + 1)];
        return slug.Contains('.') ? null : slug;
    }
}
