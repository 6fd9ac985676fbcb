using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace EventPlatform.Identity.Services;

/// <summary>Creates the demo organization (<c>/o/demo</c>) unless <c>Seed:Demo</c> is false.</summary>
public sealed class DemoOrganizationSeeder(IdentityModuleDbContext db, IConfiguration configuration) : IDataSeeder
{
    public static readonly Guid DemoOrganizationId = Guid.Parse("0195f0a0-0000-7000-8000-00000000de70");

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:Demo", true) || await db.Organizations.AnyAsync(o => o.Slug == OrganizationConsts.DemoSlug, cancellationToken))
        {
            return;
        }

        db.Organizations.Add(new Organization(DemoOrganizationId, OrganizationConsts.DemoSlug, "Demo Events Co."));
        await db.SaveChangesAsync(cancellationToken);
    }
}
