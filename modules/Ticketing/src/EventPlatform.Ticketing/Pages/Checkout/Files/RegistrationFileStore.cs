using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Questions;
using Microsoft.AspNetCore.Http;

namespace EventPlatform.Ticketing.Pages.Checkout.Files;

/// <summary>Saves an uploaded answer file under its reservation and returns the blob name that becomes the answer.</summary>
public sealed class RegistrationFileStore(IBlobContainer<RegistrationFiles> files)
{
    private const int MaxExtensionLength = 10;

    public async Task<string> SaveAsync(Guid reservationId, IFormFile file, CancellationToken cancellationToken = default)
    {
        if (file.Length is 0 or > QuestionConsts.MaxFileBytes)
        {
            throw new BusinessException(TicketingErrorCodes.AnswerInvalid, 422).WithData("question", file.FileName);
        }

        // The buyer's file name is not trusted into the path: only a short alphanumeric extension survives.
        var extension = Path.GetExtension(file.FileName) is { Length: > 1 and <= MaxExtensionLength } ext && ext[1..].All(char.IsAsciiLetterOrDigit)
            ? ext.ToLowerInvariant()
            : "";
        var name = $"{reservationId:N}/{Guid.NewGuid():N}{extension}";
        await using var content = file.OpenReadStream();
        await files.SaveAsync(name, content, string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, cancellationToken);
        return name;
    }
}
