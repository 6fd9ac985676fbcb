using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Profile;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Data;

/// <summary>The profile area's tables: server-side sign-in sessions. Global like users (no tenant).</summary>
internal static class ProfileModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserSession>(b =>
        {
            b.ToTable("user_sessions");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.UserAgent).HasMaxLength(ProfileConsts.MaxUserAgentLength);
            b.Property(s => s.IpAddress).HasMaxLength(ProfileConsts.MaxIpAddressLength);
            b.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(s => s.UserId);
        });
    }
}
