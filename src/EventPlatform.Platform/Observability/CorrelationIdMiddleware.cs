using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Serilog.Context;

namespace EventPlatform.Platform.Observability;

/// <summary>
/// Gives every request one correlation id: the caller's <c>X-Correlation-Id</c> when it is well-formed,
/// else the trace id. It becomes <see cref="HttpContext.TraceIdentifier"/> (which the audit log records),
/// a property of every log event, and a response header.
/// </summary>
public sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";
    public const string LogProperty = "CorrelationId";
    public const int MaxLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = Accept(context.Request.Headers[HeaderName].ToString())
            ?? Activity.Current?.TraceId.ToHexString()
            ?? context.TraceIdentifier;
        context.TraceIdentifier = correlationId;
        // OnStarting survives the exception handler clearing the headers of a failed response.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });

        using (LogContext.PushProperty(LogProperty, correlationId))
        {
            await next(context);
        }
    }

    /// <summary>The caller's id when it is at most 64 characters of [A-Za-z0-9._-]; anything else could forge log lines.</summary>
    public static string? Accept(string? value) => value is { Length: > 0 and <= MaxLength } && Allowed().IsMatch(value) ? value : null;

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex Allowed();
}
