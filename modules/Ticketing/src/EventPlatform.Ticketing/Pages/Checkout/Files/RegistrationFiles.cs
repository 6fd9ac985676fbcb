using EventPlatform.Platform.Blobs;

namespace EventPlatform.Ticketing.Pages.Checkout.Files;

/// <summary>Blob container of files buyers upload as answers to file questions; the answer's value is the blob name.</summary>
[BlobContainerName("registration-files")]
public sealed class RegistrationFiles;
