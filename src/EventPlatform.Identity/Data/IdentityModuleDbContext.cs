using EventPlatform.Identity.ApiTokens;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.Identity.Tokens;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Data;

public sealed class IdentityModuleDbContext(DbContextOptions<IdentityModuleDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "identity";

    public override string Schema => SchemaName;

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<User> Users => Set<User>();

    public DbSet<EnterpriseSsoConnection> EnterpriseSsoConnections => Set<EnterpriseSsoConnection>();

    public DbSet<SsoEmailDomain> SsoEmailDomains => Set<SsoEmailDomain>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<TokenKey> TokenKeys => Set<TokenKey>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<OrganizationBranding> OrganizationBrandings => Set<OrganizationBranding>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        AccountModel.Configure(modelBuilder);
        SsoModel.Configure(modelBuilder);
        TokensModel.Configure(modelBuilder);
        ApiTokensModel.Configure(modelBuilder);
        GdprModel.Configure(modelBuilder);
        ConsoleModel.Configure(modelBuilder);
        ProfileModel.Configure(modelBuilder);
        OrganizationsModel.Configure(modelBuilder);
        modelBuilder.Entity<Organization>(b =>
        {
            b.ToTable("organizations");
            b.Property(x => x.Slug).HasMaxLength(OrganizationConsts.MaxSlugLength);
            b.Property(x => x.Name).HasMaxLength(OrganizationConsts.MaxNameLength);
            b.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<Membership>(b =>
        {
            b.ToTable("memberships");
            b.Property(x => x.Role).HasMaxLength(OrganizationRoles.All.Max(r => r.Length));
            b.HasIndex(x => new { x.TenantId, x.UserId }).IsUnique();
            b.HasIndex(x => x.UserId);
        });
    }
}

internal sealed class IdentityDesignTimeFactory() : ModuleDesignTimeFactory<IdentityModuleDbContext>(IdentityModuleDbContext.SchemaName);
