using EventPlatform.Identity.ApiTokens;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Data;

/// <summary>Organization API tokens: tenant-scoped (row-level security), looked up by the hash of the secret.</summary>
internal static class ApiTokensModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApiToken>(b =>
        {
            b.ToTable("api_tokens");
            b.Property(x => x.Name).HasMaxLength(ApiTokenConsts.MaxNameLength);
            b.Property(x => x.TokenHash).HasMaxLength(ApiTokenSecret.HashLength);
            b.Property(x => x.Hint).HasMaxLength(ApiTokenConsts.HintLength);
            b.HasIndex(x => x.TokenHash).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.CreatedAt });
        });
    }
}
