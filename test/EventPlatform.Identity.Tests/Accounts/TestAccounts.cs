using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Domain;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;

namespace EventPlatform.Identity.Tests.Accounts;

/// <summary>Each test's own accounts (a Guid in the address), so tests never share state.</summary>
public static class TestAccounts
{
    public static string NewEmail(string what = "user") => $"{what}-{Guid.NewGuid():N}@example.test";

    /// <summary>Signs up through the API and follows the link from the confirmation mail; returns the new user's id.</summary>
    public static async Task<Guid> CreateConfirmedAsync(IdentityTestFactory factory, string email, string password = TestData.Password)
    {
        var api = factory.CreateClient();
        (await api.PostAsJsonAsync("api/identity/account/register", new { displayName = "Test Person", email, password }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var (userId, token) = LinkParts(TestMailbox.LinkIn(await factory.Mailbox.WaitForAsync(email, "Confirm"), "/account/confirm-email"));
        (await api.PostAsJsonAsync("api/identity/account/confirm-email", new { userId, token })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return userId;
    }

    /// <summary>The user id and token of a confirmation or reset link.</summary>
    public static (Guid UserId, string Token) LinkParts(string link)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        return (Guid.Parse(query["userId"]!), query["token"]!);
    }

    public static async Task<MimeMessage> MailAsync(IdentityTestFactory factory, string email, string subjectPart) =>
        await factory.Mailbox.WaitForAsync(email, subjectPart);

    public static Task<User?> FindAsync(IdentityTestFactory factory, Guid id) =>
        factory.InTenantAsync(null, sp => sp.GetRequiredService<UserManager<User>>().FindByIdAsync(id.ToString()));

    public static Task<bool> ExistsAsync(IdentityTestFactory factory, string email) =>
        factory.InTenantAsync(null, async sp => await sp.GetRequiredService<UserManager<User>>().FindByEmailAsync(email) is not null);

    /// <summary>The security events written for <paramref name="userId"/>, oldest first (read past row-level security).</summary>
    public static async Task<IReadOnlyList<string>> SecurityEventsAsync(IdentityTestFactory factory, Guid userId)
    {
        await using var connection = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT action FROM platform.audit_log WHERE entity = 'identity.users' AND entity_key = @key ORDER BY created_at, id", connection);
        command.Parameters.AddWithValue("key", userId.ToString());
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) actions.Add(reader.GetString(0));
        return actions;
    }

    public static Dictionary<string, string> Form(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);
}
