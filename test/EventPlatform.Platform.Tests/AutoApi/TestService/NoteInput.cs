namespace EventPlatform.Platform.Tests.AutoApi.TestService;

public sealed record NoteInput(string Text);
