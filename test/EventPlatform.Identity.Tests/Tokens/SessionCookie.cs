using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>
/// The session cookie the sign-in page would set for a user, as a <c>Cookie</c> header value, so token tests sign
/// in with a cookie without depending on the sign-in page (issued by <see cref="SessionCookies"/>).
/// </summary>
public static class SessionCookie
{
    public static async Task<string> ForAsync(EventPlatformFactory factory, Guid userId) =>
        string.Join("; ", (await SessionCookies.IssueAsync(factory.Services, userId)).Select(c => $"{c.Name}={c.Value}"));
}
