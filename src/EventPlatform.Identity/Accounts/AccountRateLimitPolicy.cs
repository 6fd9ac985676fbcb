using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.Accounts;

/// <summary>
/// A fixed window per client IP over the auth endpoints' writes (page GETs stay free, so a throttled visitor can still
/// read the form). Rejections answer 429, which the kernel turns into ProblemDetails or the error page.
/// </summary>
public sealed class AccountRateLimitPolicy(IOptions<AccountOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "accounts";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter =
            options.Value.RateLimits.WindowSeconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var limits = options.Value.RateLimits;
        if (!limits.Enabled || HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("free");
        }

        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
