using System.Security.Claims;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EventPlatform.Platform.MultiTenancy;

/// <summary>
/// Finds the organization of a request and runs the rest of the pipeline inside it. Order: slug in the
/// route or subdomain, the signed-in user's selected organization (claim), then the <c>X-Tenant</c>
/// header, honoured only for members. The signed-in user's role in that organization is looked up on every
/// request (<see cref="ITenantMembershipChecker"/>) and replaces any role the credential carried, so role changes
/// and removals apply without a new sign-in. Also sets who acts (user, IP, correlation id) for the audit log.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, IOptions<TenancyOptions> options)
{
    public async Task InvokeAsync(HttpContext context, ITenantStore tenants, ITenantMembershipChecker memberships)
    {
        var userId = context.User.FindUserId();
        var info = new ExecutionInfo(userId, context.Connection.RemoteIpAddress?.ToString(), context.TraceIdentifier);
        using var ambient = AmbientContext.Use(info);

        var (tenantId, role) = await ResolveAsync(context, tenants, memberships, userId);
        if (userId is not null)
        {
            context.User = WithMembership(context.User, tenantId, role);
        }

        using var tenantScope = new CurrentTenant().Change(tenantId);
        await next(context);
    }

    /// <summary>The organization of the request and, for a signed-in user, their role in it (null for visitors).</summary>
    private async Task<(Guid? Tenant, string? Role)> ResolveAsync(HttpContext context, ITenantStore tenants, ITenantMembershipChecker memberships, Guid? userId)
    {
        var slug = context.GetRouteValue(options.Value.RouteKey) as string ?? SubdomainSlug(context.Request.Host.Host);
        if (!string.IsNullOrEmpty(slug))
        {
            var tenant = await tenants.FindBySlugAsync(slug, context.RequestAborted)
                ?? throw new BusinessException(PlatformErrorCodes.TenantNotFound, StatusCodes.Status404NotFound).WithData("tenant", slug);
            RefuseIfSuspended(tenant);
            return (tenant.Id, userId is { } visitor ? await memberships.FindRoleAsync(visitor, tenant.Id, context.RequestAborted) : null);
        }

        // A selected organization counts only while the user is still a member of it.
        if (userId is { } member
            && Guid.TryParse(context.User.FindFirstValue(TenantClaimTypes.TenantId), out var selected)
            && await memberships.FindRoleAsync(member, selected, context.RequestAborted) is { } selectedRole
            && await tenants.FindByIdAsync(selected, context.RequestAborted) is { } selectedTenant)
        {
            if (!selectedTenant.IsSuspended) return (selected, selectedRole);
            // Account, privacy and switching pages still work, without the suspended organization.
            if (IsSuspensionFree(context)) return (null, null);
            RefuseIfSuspended(selectedTenant);
        }

        var header = context.Request.Headers[TenantClaimTypes.TenantHeader].ToString();
        if (string.IsNullOrEmpty(header))
        {
            return (null, null);
        }

        var requested = Guid.TryParse(header, out var id)
            ? await tenants.FindByIdAsync(id, context.RequestAborted)
            : await tenants.FindBySlugAsync(header, context.RequestAborted);
        // Not revealing whether an organization exists to someone outside it: both cases answer 404.
        var role = requested is not null && userId is not null
            ? await memberships.FindRoleAsync(userId.Value, requested.Id, context.RequestAborted)
            : null;
        if (role is null) throw new BusinessException(PlatformErrorCodes.TenantNotFound, StatusCodes.Status404NotFound).WithData("tenant", header);
        RefuseIfSuspended(requested!);
        return (requested!.Id, role);
    }

    private static void RefuseIfSuspended(TenantInfo tenant)
    {
        if (tenant.IsSuspended)
        {
            throw new BusinessException(PlatformErrorCodes.OrganizationSuspended, StatusCodes.Status403Forbidden).WithData("tenant", tenant.Name);
        }
    }

    /// <summary>Error pages re-executed for a refusal, and the configured account/console paths.</summary>
    private bool IsSuspensionFree(HttpContext context)
    {
        if (context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null) return true;
        var path = context.Request.Path;
        return path == "/" || options.Value.SuspensionFreePaths.Any(free => path.StartsWithSegments(free, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The principal without any organization claims it came with, plus the ones of this request's organization.</summary>
    private static ClaimsPrincipal WithMembership(ClaimsPrincipal user, Guid? tenantId, string? role)
    {
        var identities = user.Identities.Select(identity =>
        {
            var copy = identity.Clone();
            foreach (var claim in copy.Claims.Where(c => c.Type is TenantClaimTypes.TenantId or TenantClaimTypes.Role).ToList())
            {
                copy.RemoveClaim(claim);
            }

            return copy;
        }).ToList();
        if (tenantId is { } tenant && role is not null)
        {
            identities.Add(new ClaimsIdentity(
                [new Claim(TenantClaimTypes.TenantId, tenant.ToString()), new Claim(TenantClaimTypes.Role, role)],
                authenticationType: null));
        }

        return new ClaimsPrincipal(identities);
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
