namespace EventPlatform.Platform.Authorization;

/// <summary>A permission and the organization roles that hold it by default. Its name is its localization key.</summary>
public sealed record PermissionDefinition(string Name, IReadOnlyCollection<string> GrantedToRoles);

/// <summary>Each module lists its permissions.</summary>
public interface IPermissionDefinitionProvider
{
    IEnumerable<PermissionDefinition> Define();
}

/// <summary>The roles a member can hold in an organization.</summary>
public static class OrganizationRoles
{
    public const string Owner = "Owner";
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Attendee = "Attendee";
    public const string Guest = "Guest";

    public static readonly IReadOnlyList<string> All = [Owner, Admin, Staff, Attendee, Guest];

    public static readonly IReadOnlyList<string> Managers = [Owner, Admin];
}
