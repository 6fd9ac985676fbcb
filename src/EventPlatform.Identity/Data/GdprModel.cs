using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Gdpr;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Data;

/// <summary>Consent history: global like users (no tenant), one row per decision.</summary>
internal static class GdprModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserConsent>(b =>
        {
            b.ToTable("user_consents");
            b.Property(c => c.Kind).HasMaxLength(GdprConsts.MaxConsentKindLength);
            b.Property(c => c.Version).HasMaxLength(GdprConsts.MaxTermsVersionLength);
            b.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(c => new { c.UserId, c.Kind, c.At });
        });
    }
}
