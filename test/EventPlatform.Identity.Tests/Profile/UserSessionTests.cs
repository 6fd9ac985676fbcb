using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Profile;

namespace EventPlatform.Identity.Tests.Profile;

public sealed class UserSessionTests
{
    private static readonly DateTimeOffset SignedInAt = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static UserSession Session(DateTimeOffset? expiresAt = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), [1, 2, 3], expiresAt, "Firefox", "203.0.113.7", SignedInAt);

    [Fact]
    public void Should_not_write_last_seen_again_within_a_minute()
    {
        var session = Session();

        session.Touch("203.0.113.8", SignedInAt.AddSeconds(59)).ShouldBeFalse();

        (session.LastSeenAt, session.IpAddress).ShouldBe((SignedInAt, "203.0.113.7"));
    }

    [Fact]
    public void Should_record_the_time_and_address_of_a_request_after_a_minute()
    {
        var session = Session();

        session.Touch("198.51.100.1", SignedInAt + ProfileConsts.LastSeenResolution).ShouldBeTrue();

        (session.LastSeenAt, session.IpAddress).ShouldBe((SignedInAt + ProfileConsts.LastSeenResolution, "198.51.100.1"));
    }

    [Fact]
    public void Should_be_expired_from_the_cookies_expiry_on() =>
        Session(SignedInAt.AddDays(14)).IsExpired(SignedInAt.AddDays(14)).ShouldBeTrue();

    [Fact]
    public void Should_cut_an_overlong_user_agent_to_the_column_length() =>
        new UserSession(Guid.NewGuid(), Guid.NewGuid(), [1], null, new string('x', 2000), null, SignedInAt)
            .UserAgent!.Length.ShouldBe(ProfileConsts.MaxUserAgentLength);
}
