using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Data;

/// <summary>Branding and invitations: both belong to one organization (row-level security through <c>tenant_id</c>).</summary>
internal static class OrganizationsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrganizationBranding>(b =>
        {
            b.ToTable("organization_brandings");
            b.Property(x => x.PrimaryColor).HasMaxLength(OrganizationConsts.ColorLength);
            b.Property(x => x.AccentColor).HasMaxLength(OrganizationConsts.ColorLength);
            b.Property(x => x.TermsOfService).HasMaxLength(OrganizationConsts.MaxLegalTextLength);
            b.Property(x => x.PrivacyPolicy).HasMaxLength(OrganizationConsts.MaxLegalTextLength);
            b.Property(x => x.TimeZone).HasMaxLength(OrganizationConsts.MaxTimeZoneLength);
            b.Property(x => x.Currency).HasMaxLength(OrganizationConsts.CurrencyLength).IsFixedLength();
            b.Property(x => x.Language).HasMaxLength(OrganizationConsts.MaxLanguageLength);
            b.Property(x => x.LogoBlobName).HasMaxLength(OrganizationConsts.MaxBlobNameLength);
            b.HasIndex(x => x.TenantId).IsUnique();
        });
        modelBuilder.Entity<Invitation>(b =>
        {
            b.ToTable("invitations");
            b.Property(x => x.Email).HasMaxLength(InvitationConsts.MaxEmailLength);
            b.Property(x => x.Role).HasMaxLength(OrganizationRoles.All.Max(r => r.Length));
            b.Property(x => x.TokenHash).HasMaxLength(InvitationConsts.TokenHashLength).IsFixedLength();
            b.HasIndex(x => x.TokenHash).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.Email });
        });
    }
}
