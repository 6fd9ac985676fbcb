using System.Net.Http.Json;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Organizations;

/// <summary>Routes of the organization API and helpers that set up fresh users and organizations, so tests never share state.</summary>
public static class OrganizationsApi
{
    public const string MyOrganizations = "api/identity/my-organizations";
    public const string Settings = "api/identity/organization-settings";
    public const string Members = "api/identity/member";
    public const string Invitations = "api/identity/invitation";

    public static string Accept(string slug) => $"api/identity/o/{slug}/invitations/accept";

    public static string Preview(string slug) => $"api/identity/o/{slug}/invitations/preview";

    /// <summary>A new confirmed user with a unique e-mail; returns its id and address.</summary>
    public static async Task<(Guid Id, string Email)> NewUserAsync(this EventPlatformFactory factory, string name = "Test Person")
    {
        var id = Guid.CreateVersion7();
        var email = $"u-{id:N}@example.test";
        await factory.InTenantAsync(null, async sp =>
        {
            var result = await sp.GetRequiredService<UserManager<User>>()
                .CreateAsync(new User(id, email, name, DateTimeOffset.UtcNow) { EmailConfirmed = true }, TestData.Password);
            result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        });
        return (id, email);
    }

    /// <summary>A new organization created over the API by a new user (its Owner); returns the owner's client with it selected.</summary>
    public static async Task<NewOrganization> NewOrganizationAsync(this EventPlatformFactory factory)
    {
        var (owner, email) = await factory.NewUserAsync("Owner Person");
        var slug = $"org-{Guid.NewGuid():N}"[..20];
        var created = await (await factory.CreateClientFor(owner).PostAsJsonAsync(MyOrganizations, new CreateOrganizationInput("Test Org " + slug, slug)))
            .ShouldBeOkAsync<MyOrganizationDto>();
        return new NewOrganization(created.Id, slug, owner, email, factory.CreateClientFor(owner, created.Id));
    }

    /// <summary>Adds <paramref name="user"/> to <paramref name="organization"/> with <paramref name="role"/> directly in the database.</summary>
    public static Task AddMemberAsync(this EventPlatformFactory factory, Guid organization, Guid user, string role) =>
        factory.InTenantAsync(organization, async sp =>
        {
            var db = sp.GetRequiredService<IdentityModuleDbContext>();
            db.Memberships.Add(new Membership(user, role));
            await db.SaveChangesAsync();
        });

    public static Task<string?> RoleOfAsync(this EventPlatformFactory factory, Guid organization, Guid user) =>
        factory.InTenantAsync(organization, sp => sp.GetRequiredService<IdentityModuleDbContext>().Memberships
            .Where(m => m.UserId == user).Select(m => m.Role).SingleOrDefaultAsync());

    public static Task<Guid?> SelectedOrganizationOfAsync(this EventPlatformFactory factory, Guid user) =>
        factory.InTenantAsync(null, sp => sp.GetRequiredService<IdentityModuleDbContext>().Users
            .Where(u => u.Id == user).Select(u => u.SelectedOrganizationId).SingleAsync());
}

public sealed record NewOrganization(Guid Id, string Slug, Guid Owner, string OwnerEmail, HttpClient OwnerClient);
