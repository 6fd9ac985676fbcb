using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>
/// Multipart uploads and file downloads of the agenda, next to the auto API's <c>api/events/session</c> and
/// <c>api/events/speaker</c> routes. The form is read by hand: an API client posts it with a bearer token, and a
/// browser session's cookie is SameSite, so no cross-site form can reach here.
/// </summary>
public static class AgendaEndpoints
{
    public static IEndpointRouteBuilder MapEventsAgenda(this IEndpointRouteBuilder app)
    {
        const string attachmentsRoute = "api/events/session/{id:guid}/attachments";
        var sessions = app.MapGroup("").RequireAuthorization(EventsPermissions.Events.Read);
        sessions.MapPost(attachmentsRoute, async (Guid id, HttpContext http, SessionAttachmentService attachments) =>
        {
            var file = await SingleFileAsync(http, EventsErrorCodes.AttachmentTypeNotAllowed);
            await using var stream = file.OpenReadStream();
            var upload = await SessionFileUpload.ReadAsync(stream, file.FileName, file.Length, http.RequestAborted);
            return Results.Ok(await attachments.UploadAsync(id, upload, http.RequestAborted));
        }).RequireAuthorization(EventsPermissions.Events.Manage);
        sessions.MapGet(attachmentsRoute + "/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext http, SessionAttachmentService attachments) =>
            Results.Redirect((await attachments.GetDownloadUrlAsync(id, attachmentId, http.RequestAborted)).ToString()));
        sessions.MapDelete(attachmentsRoute + "/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext http, SessionAttachmentService attachments) =>
        {
            await attachments.DeleteAsync(id, attachmentId, http.RequestAborted);
            return Results.NoContent();
        }).RequireAuthorization(EventsPermissions.Events.Manage);

        const string photoRoute = "api/events/speaker/{id:guid}/photo";
        var photo = app.MapGroup("").RequireAuthorization(EventsPermissions.Events.Manage);
        photo.MapPost(photoRoute, async (Guid id, HttpContext http, SpeakerAppService speakers) =>
        {
            var file = await SingleFileAsync(http, EventsErrorCodes.SpeakerPhotoInvalid);
            await using var stream = file.OpenReadStream();
            var upload = await SpeakerPhotoUpload.ReadAsync(stream, file.Length, http.RequestAborted);
            return Results.Ok(await speakers.ChangePhotoAsync(id, upload, http.RequestAborted));
        });
        photo.MapDelete(photoRoute, async (Guid id, HttpContext http, SpeakerAppService speakers) =>
            Results.Ok(await speakers.RemovePhotoAsync(id, http.RequestAborted)));
        return app;
    }

    private static async Task<IFormFile> SingleFileAsync(HttpContext http, string errorCode)
    {
        if (!http.Request.HasFormContentType) throw new BusinessException(PlatformErrorCodes.BadRequest, StatusCodes.Status400BadRequest);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        return form.Files.Count == 1 ? form.Files[0] : throw new BusinessException(errorCode);
    }
}
