using System.Net;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.External;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventPlatform.Identity.Tests.External;

[Collection(ExternalSignInCollection.Name)]
public sealed class ExternalSignInTests(ExternalSignInFactory factory)
{
    [Fact]
    public async Task Should_create_a_confirmed_account_and_sign_in_when_google_verified_the_email()
    {
        var email = NewEmail();
        factory.Provider.NextUser = new FakeIdentity(Guid.NewGuid().ToString(), email, "Ada Lovelace", EmailVerified: true);
        var flow = new ExternalSignInFlow(factory);

        var response = await flow.WithProviderAsync(ExternalProviders.Google, "/o/org-a");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/o/org-a");
        var user = await FindUserAsync(email);
        user.ShouldNotBeNull();
        user.EmailConfirmed.ShouldBeTrue();
        user.DisplayName.ShouldBe("Ada Lovelace");
        (await flow.CurrentUserAsync()).Id.ShouldBe(user.Id);
    }

    [Fact]
    public async Task Should_sign_in_the_same_account_again_by_its_google_subject()
    {
        var subject = Guid.NewGuid().ToString();
        factory.Provider.NextUser = new FakeIdentity(subject, NewEmail(), "Grace", EmailVerified: true);
        var first = new ExternalSignInFlow(factory);
        await first.WithProviderAsync(ExternalProviders.Google);
        // The provider's e-mail changed meanwhile: the subject still finds the account.
        factory.Provider.NextUser = new FakeIdentity(subject, NewEmail(), "Grace", EmailVerified: true);
        var second = new ExternalSignInFlow(factory);

        await second.WithProviderAsync(ExternalProviders.Google);

        (await second.CurrentUserAsync()).Id.ShouldBe((await first.CurrentUserAsync()).Id);
    }

    [Fact]
    public async Task Should_link_an_existing_account_whose_email_google_verified()
    {
        var email = NewEmail();
        var existing = await CreateUserAsync(email);
        factory.Provider.NextUser = new FakeIdentity(Guid.NewGuid().ToString(), email, "Existing", EmailVerified: true);
        var flow = new ExternalSignInFlow(factory);

        await flow.WithProviderAsync(ExternalProviders.Google);

        (await flow.CurrentUserAsync()).Id.ShouldBe(existing);
        (await LoginsOfAsync(existing)).ShouldBe([ExternalProviders.Google]);
    }

    [Fact]
    public async Task Should_refuse_to_link_an_existing_account_when_the_email_is_not_verified()
    {
        var email = NewEmail();
        var existing = await CreateUserAsync(email);
        factory.Provider.NextUser = new FakeIdentity(Guid.NewGuid().ToString(), email, "Intruder", EmailVerified: false);
        var flow = new ExternalSignInFlow(factory);

        var response = await flow.WithProviderAsync(ExternalProviders.Google);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("has not confirmed your e-mail address");
        (await flow.CurrentUserAsync()).IsAuthenticated.ShouldBeFalse();
        (await LoginsOfAsync(existing)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_sign_in_without_an_email()
    {
        factory.Provider.NextUser = new FakeIdentity(Guid.NewGuid().ToString(), Email: null, "No Mail", EmailVerified: false);
        var flow = new ExternalSignInFlow(factory);

        var response = await flow.WithProviderAsync(ExternalProviders.Google);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("did not share your e-mail address");
    }

    [Fact]
    public async Task Should_answer_404_for_a_provider_that_is_not_configured()
    {
        var flow = new ExternalSignInFlow(factory);

        var response = await flow.WithProviderAsync(ExternalProviders.Microsoft);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_record_the_linked_sign_in_in_the_users_security_log()
    {
        var email = NewEmail();
        factory.Provider.NextUser = new FakeIdentity(Guid.NewGuid().ToString(), email, "Logged", EmailVerified: true);
        var flow = new ExternalSignInFlow(factory);

        await flow.WithProviderAsync(ExternalProviders.Google);

        var user = (await FindUserAsync(email))!;
        (await SecurityActionsOfAsync(user.Id)).ShouldBe([SecurityActions.SignedUp, SecurityActions.ExternalLoginAdded, SecurityActions.SignedIn]);
    }

    private async Task<List<string>> SecurityActionsOfAsync(Guid user)
    {
        // As the database owner: the audit log is read here as an auditor would, not through the app's tenant scope.
        await using var connection = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select action from platform.audit_log where entity = 'identity.users' and entity_key = @key order by created_at, id", connection);
        command.Parameters.AddWithValue("key", user.ToString());
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) actions.Add(reader.GetString(0));
        return actions;
    }

    private static string NewEmail() => $"ext-{Guid.NewGuid():N}@example.org";

    private Task<User?> FindUserAsync(string email) =>
        factory.InTenantAsync(null, sp => sp.GetRequiredService<UserManager<User>>().FindByEmailAsync(email));

    private Task<Guid> CreateUserAsync(string email) => factory.InTenantAsync(null, async sp =>
    {
        var user = new User(Guid.CreateVersion7(), email, "Existing", DateTimeOffset.UtcNow) { EmailConfirmed = true };
        (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, "a-long-enough-password")).Succeeded.ShouldBeTrue();
        return user.Id;
    });

    private Task<List<string>> LoginsOfAsync(Guid user) => factory.InTenantAsync(null, sp =>
        sp.GetRequiredService<IdentityModuleDbContext>().Set<IdentityUserLogin<Guid>>()
            .Where(l => l.UserId == user).Select(l => l.LoginProvider).ToListAsync());
}
