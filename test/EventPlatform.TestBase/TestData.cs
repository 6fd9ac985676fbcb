namespace EventPlatform.TestBase;

/// <summary>Well-known ids: two organizations with one member each, so isolation tests read plainly.</summary>
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
}
