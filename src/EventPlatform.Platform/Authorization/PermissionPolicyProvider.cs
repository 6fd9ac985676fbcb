using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace EventPlatform.Platform.Authorization;

/// <summary>
/// Makes every defined permission a policy of the same name, so <c>[Authorize(TicketingPermissions.X)]</c> and
/// <c>RequireAuthorization(name)</c> work without registering policies; other names go to the default provider.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionDefinitionManager definitions)
    : DefaultAuthorizationPolicyProvider(options)
{
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (await base.GetPolicyAsync(policyName) is { } registered) return registered;
        if (definitions.Find(policyName) is null) return null;
        return _policies.GetOrAdd(policyName, static name => new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(name))
            .Build());
    }
}
