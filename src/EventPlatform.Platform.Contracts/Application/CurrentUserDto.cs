namespace EventPlatform.Platform.Application;

public sealed record CurrentUserDto(bool IsAuthenticated, Guid? Id);
