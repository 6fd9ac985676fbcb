namespace EventPlatform.Platform.Tests.AutoApi.TestService;

public sealed record NoteDto(Guid Id, string Text);
