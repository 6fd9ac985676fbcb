using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Sso;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Data;

internal static class SsoModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EnterpriseSsoConnection>(b =>
        {
            b.ToTable("enterprise_sso_connections");
            b.Property(x => x.Authority).HasMaxLength(SsoConsts.MaxAuthorityLength);
            b.Property(x => x.ClientId).HasMaxLength(SsoConsts.MaxClientIdLength);
            b.Property(x => x.JoinRole).HasMaxLength(16);
            b.HasIndex(x => x.TenantId).IsUnique();
        });
        modelBuilder.Entity<SsoEmailDomain>(b =>
        {
            b.ToTable("sso_email_domains");
            b.HasKey(x => x.Domain);
            b.Property(x => x.Domain).HasMaxLength(SsoConsts.MaxDomainLength);
            b.HasIndex(x => x.OrganizationId);
        });
    }
}
