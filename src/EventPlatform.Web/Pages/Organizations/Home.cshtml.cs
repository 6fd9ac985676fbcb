using System.Globalization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Web.Pages.Organizations;

/// <summary>An organization's public home page (<c>/o/{slug}</c>); its events are listed here once the events module publishes them.</summary>
public sealed class OrganizationHomeModel(ITenantStore tenants, ICurrentTenant currentTenant) : PageModel
{
    public TenantInfo Organization { get; private set; } = null!;

    /// <summary>Stands in for the organization's logo until branding arrives.</summary>
    public string Monogram => Organization.Name[..1].ToUpper(CultureInfo.CurrentCulture);

    public async Task OnGetAsync(string tenant, CancellationToken cancellationToken)
    {
        // The tenant middleware has already resolved the slug (and answered 404 for an unknown one).
        var id = currentTenant.Id ?? throw NotFound(tenant);
        Organization = await tenants.FindByIdAsync(id, cancellationToken) ?? throw NotFound(tenant);
    }

    private static BusinessException NotFound(string tenant) =>
        new BusinessException(PlatformErrorCodes.TenantNotFound, StatusCodes.Status404NotFound).WithData("tenant", tenant);
}
