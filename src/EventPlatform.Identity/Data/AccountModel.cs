using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Data;

/// <summary>
/// ASP.NET Core Identity's user tables, mapped into the module's own DbContext (ours derives from the kernel's
/// base, not from IdentityDbContext). Users are global: none of these tables has a tenant.
/// </summary>
internal static class AccountModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(b =>
        {
            b.ToTable("users");
            b.HasKey(u => u.Id);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(AccountConsts.MaxEmailLength);
            b.Property(u => u.NormalizedUserName).HasMaxLength(AccountConsts.MaxEmailLength);
            b.Property(u => u.Email).HasMaxLength(AccountConsts.MaxEmailLength);
            b.Property(u => u.NormalizedEmail).HasMaxLength(AccountConsts.MaxEmailLength);
            b.Property(u => u.PhoneNumber).HasMaxLength(AccountConsts.MaxPhoneLength);
            b.Property(u => u.DisplayName).HasMaxLength(AccountConsts.MaxDisplayNameLength);
            b.Property(u => u.PreferredCulture).HasMaxLength(AccountConsts.MaxCultureLength);
            b.Property(u => u.TimeZone).HasMaxLength(AccountConsts.MaxTimeZoneLength);
            b.Property(u => u.AvatarBlobName).HasMaxLength(AccountConsts.MaxBlobNameLength);
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail).IsUnique();
            b.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable("user_claims");
            b.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable("user_logins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(256);
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable("user_tokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });
    }
}
