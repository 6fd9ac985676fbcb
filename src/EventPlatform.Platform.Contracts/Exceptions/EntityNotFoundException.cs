namespace EventPlatform.Platform.Exceptions;

/// <summary>A requested entity does not exist for the current organization: 404.</summary>
public sealed class EntityNotFoundException(string entityName, object? key)
    : BusinessException(PlatformErrorCodes.EntityNotFound, 404, new Dictionary<string, object?> { ["entity"] = entityName, ["key"] = key });
