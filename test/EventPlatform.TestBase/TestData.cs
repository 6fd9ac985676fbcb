using EventPlatform.Platform.Authorization;

namespace EventPlatform.TestBase;

/// <summary>
/// Well-known ids: two organizations, an Owner in each, one member per other role in organization A,
/// and a platform administrator who belongs to no organization, so isolation tests read plainly.
/// </summary>
public static class TestData
{
    public static readonly Guid OrgA = Guid.Parse("0195f0a0-0000-7000-8000-00000000000a");
    public static readonly Guid OrgB = Guid.Parse("0195f0a0-0000-7000-8000-00000000000b");
    public const string OrgASlug = "org-a";
    public const string OrgBSlug = "org-b";

    /// <summary>Owner of organization A only.</summary>
    public static readonly Guid UserA = Guid.Parse("0195f0a0-0000-7000-8000-0000000000a1");

    /// <summary>Owner of organization B only.</summary>
    public static readonly Guid UserB = Guid.Parse("0195f0a0-0000-7000-8000-0000000000b1");

    public static readonly Guid AdminA = Guid.Parse("0195f0a0-0000-7000-8000-0000000000a2");
    public static readonly Guid StaffA = Guid.Parse("0195f0a0-0000-7000-8000-0000000000a3");
    public static readonly Guid AttendeeA = Guid.Parse("0195f0a0-0000-7000-8000-0000000000a4");
    public static readonly Guid GuestA = Guid.Parse("0195f0a0-0000-7000-8000-0000000000a5");

    /// <summary>A platform administrator; member of no organization.</summary>
    public static readonly Guid PlatformAdmin = Guid.Parse("0195f0a0-0000-7000-8000-0000000000f1");

    /// <summary>The password of every seeded user (they can sign in for real).</summary>
    public const string Password = "correct-horse-battery";

    /// <summary>Every seeded member: user, organization, role.</summary>
    public static readonly IReadOnlyList<(Guid User, Guid Organization, string Role)> Members =
    [
        (UserA, OrgA, OrganizationRoles.Owner),
        (UserB, OrgB, OrganizationRoles.Owner),
        (AdminA, OrgA, OrganizationRoles.Admin),
        (StaffA, OrgA, OrganizationRoles.Staff),
        (AttendeeA, OrgA, OrganizationRoles.Attendee),
        (GuestA, OrgA, OrganizationRoles.Guest),
    ];

    /// <summary>The member of organization A holding <paramref name="role"/>.</summary>
    public static Guid MemberOfA(string role) => Members.Single(m => m.Organization == OrgA && m.Role == role).User;

    /// <summary>The seeded user's e-mail address.</summary>
    public static string EmailOf(Guid user) => $"user-{user.ToString()[^4..]}@example.test";
}
