using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Identity.Services;

/// <summary>
/// Creates the demo organization (<c>/o/demo</c>) unless <c>Seed:Demo</c> is false and, in Development only, sign-ins
/// to try it with: an organizer (Owner, also platform administrator) and a staff member, password <c>Seed:DemoPassword</c>.
/// </summary>
public sealed class DemoOrganizationSeeder(
    IdentityModuleDbContext db,
    UserManager<User> users,
    IConfiguration configuration,
    IHostEnvironment environment) : IDataSeeder
{
    public static readonly Guid DemoOrganizationId = Guid.Parse("0195f0a0-0000-7000-8000-00000000de70");
    public const string OrganizerEmail = "organizer@demo.eventplatform.local";
    public const string StaffEmail = "staff@demo.eventplatform.local";
    public const string DefaultPassword = "demo-password";

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:Demo", true)) return;

        if (!await db.Organizations.AnyAsync(o => o.Slug == OrganizationConsts.DemoSlug, cancellationToken))
        {
            db.Organizations.Add(new Organization(DemoOrganizationId, OrganizationConsts.DemoSlug, "Demo Events Co."));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (environment.IsDevelopment())
        {
            var password = configuration["Seed:DemoPassword"] is { Length: > 0 } configured ? configured : DefaultPassword;
            await SeedMemberAsync(OrganizerEmail, "Olivia Organizer", OrganizationRoles.Owner, password, platformAdmin: true, cancellationToken);
            await SeedMemberAsync(StaffEmail, "Sam Staff", OrganizationRoles.Staff, password, platformAdmin: false, cancellationToken);
        }
    }

    private async Task SeedMemberAsync(string email, string name, string role, string password, bool platformAdmin, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is not null) return;

        var user = new User(Guid.CreateVersion7(), email, name, DateTimeOffset.UtcNow)
        {
            EmailConfirmed = true,
            IsPlatformAdmin = platformAdmin,
            SelectedOrganizationId = DemoOrganizationId,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Cannot seed {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        using (new CurrentTenant().Change(DemoOrganizationId))
        {
            db.Memberships.Add(new Membership(user.Id, role));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
