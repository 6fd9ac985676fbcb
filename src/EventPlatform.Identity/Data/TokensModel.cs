using EventPlatform.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace EventPlatform.Identity.Data;

/// <summary>OpenIddict's tables (it names them explicitly, so the snake_case convention does not) and the server's keys.</summary>
internal static class TokensModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("openiddict_tokens");
        modelBuilder.Entity<TokenKey>(b =>
        {
            b.ToTable("token_keys");
            b.Property(x => x.Use).HasMaxLength(TokenKey.MaxUseLength);
            b.HasIndex(x => x.Use).IsUnique();
        });
    }
}
