using System.Security.Claims;
using System.Security.Cryptography;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventPlatform.Identity.Sessions;

/// <summary>
/// Keeps the sign-in cookie's ticket in <c>identity.user_sessions</c>; the cookie carries only the session id.
/// A deleted row ends that session on its next request. Each call uses its own scope so the request's
/// DbContext (and whatever a page has pending in it) is never saved by authentication.
/// </summary>
public sealed class UserSessionStore(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    TimeProvider time,
    ILogger<UserSessionStore> logger) : ITicketStore
{
    /// <summary>The claim holding the session id in the stored principal, so pages can tell the current session.</summary>
    public const string SessionIdClaim = "session_id";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("EventPlatform.Identity.UserSessions");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, httpContext: null!, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        StoreAsync(ticket, httpContext: null!, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var userId = ticket.Principal.FindUserId() ?? throw new InvalidOperationException("A sign-in ticket without a user id cannot be stored.");
        var id = Guid.CreateVersion7();
        var now = time.GetUtcNow();
        var session = new UserSession(id, userId, Protect(ticket, id), ticket.Properties.ExpiresUtc,
            httpContext?.Request.Headers.UserAgent.ToString(), httpContext?.Connection.RemoteIpAddress?.ToString(), now);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        // Expired sessions of this user are dropped whenever they sign in again.
        await db.UserSessions.Where(s => s.UserId == userId && s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return id.ToString();
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, httpContext: null!, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        RenewAsync(key, ticket, httpContext: null!, cancellationToken);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        // A revoked session stays revoked: renewing never brings a deleted row back.
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null) return;
        session.Renew(Protect(ticket, id), ticket.Properties.ExpiresUtc, time.GetUtcNow());
        await TrySaveAsync(db, cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, httpContext: null!, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) =>
        RetrieveAsync(key, httpContext: null!, cancellationToken);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id)) return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var now = time.GetUtcNow();
        if (session is null || session.IsExpired(now)) return null;

        var ticket = Unprotect(session.Ticket);
        if (ticket is not null && session.Touch(httpContext?.Connection.RemoteIpAddress?.ToString(), now))
        {
            // Revoked between the read and this write: the session is over.
            if (!await TrySaveAsync(db, cancellationToken)) return null;
        }

        return ticket;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, httpContext: null!, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveAsync(key, httpContext: null!, cancellationToken);

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Saves an update of a session row; false when the row was deleted (revoked) in the meantime.</summary>
    private static async Task<bool> TrySaveAsync(IdentityModuleDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private byte[] Protect(AuthenticationTicket ticket, Guid sessionId)
    {
        var identity = ticket.Principal.Identities.First();
        foreach (var claim in identity.FindAll(SessionIdClaim).ToList()) identity.RemoveClaim(claim);
        identity.AddClaim(new Claim(SessionIdClaim, sessionId.ToString()));
        return _protector.Protect(TicketSerializer.Default.Serialize(ticket));
    }

    private AuthenticationTicket? Unprotect(byte[] protectedTicket)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(protectedTicket));
        }
        catch (CryptographicException exception)
        {
            // The key ring lost the key that protected it: the session cannot be used, the user signs in again.
            logger.LogWarning(exception, "A stored sign-in session could not be unprotected.");
            return null;
        }
    }
}
