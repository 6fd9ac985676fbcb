using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.TestModel;

/// <summary>
/// <c>POST /test/notes</c> creates a <see cref="Note"/> in the request's tenant. Added after the host's own
/// pipeline, so it runs inside everything the kernel sets up for a request (correlation id, tenant, user).
/// </summary>
public sealed class NotesEndpoint : IStartupFilter
{
    public const string Path = "/test/notes";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path != Path || !HttpMethods.IsPost(context.Request.Method))
            {
                await nextMiddleware(context);
                return;
            }

            var db = context.RequestServices.GetRequiredService<TestDbContext>();
            var note = new Note("created over HTTP");
            db.Notes.Add(note);
            await db.SaveChangesAsync(context.RequestAborted);
            await context.Response.WriteAsJsonAsync(new CreatedNote(note.Id), context.RequestAborted);
        });
    };
}

public sealed record CreatedNote(Guid Id);
