namespace EventPlatform.Platform.Users;

/// <summary>The signed-in user, if any.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    bool IsAuthenticated => Id.HasValue;
    string? TenantRole { get; }

    /// <summary>The signed-in user's name as shown to colleagues (their user name); null for none.</summary>
    string? Name => null;
}
