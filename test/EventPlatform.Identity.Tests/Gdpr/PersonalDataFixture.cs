using System.Security.Claims;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Gdpr;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Gdpr;

/// <summary>A fresh user of the test's own, with personal data in every identity table: profile, membership, consents, claim, external login, token.</summary>
public sealed record PersonalDataUser(Guid Id, string Email, string DisplayName, string Phone, string LoginKey, string ClaimValue, string TokenValue)
{
    public const string Password = "erase-me-please-123";

    public static async Task<PersonalDataUser> CreateAsync(EventPlatformFactory factory, Guid? organization = null, string role = OrganizationRoles.Attendee)
    {
        var id = Guid.CreateVersion7();
        var tag = id.ToString("N")[^10..];
        var person = new PersonalDataUser(id, $"gdpr-{tag}@example.test", $"Greta Privacy {tag}", $"+4930{Random.Shared.Next(1_000_000, 9_999_999)}",
            $"google-{tag}", $"claim-{tag}", $"token-{tag}");
        await factory.InTenantAsync(null, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = new User(id, person.Email, person.DisplayName, DateTimeOffset.UtcNow)
            {
                EmailConfirmed = true,
                PhoneNumber = person.Phone,
                PreferredCulture = "de",
                TimeZone = "Europe/Berlin",
                SelectedOrganizationId = organization,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddClaimAsync(user, new Claim("nickname", person.ClaimValue)));
            Check(await users.AddLoginAsync(user, new UserLoginInfo("Google", person.LoginKey, "Google")));
            Check(await users.SetAuthenticationTokenAsync(user, "Google", "refresh_token", person.TokenValue));
            var consents = sp.GetRequiredService<ConsentManager>();
            await consents.RecordAsync(id, ConsentKinds.Terms, true);
            await consents.RecordAsync(id, ConsentKinds.Marketing, true);
        });
        if (organization is { } org)
        {
            await factory.InTenantAsync(org, async sp =>
            {
                var db = sp.GetRequiredService<IdentityModuleDbContext>();
                db.Memberships.Add(new Membership(id, role));
                await db.SaveChangesAsync();
            });
        }

        return person;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
