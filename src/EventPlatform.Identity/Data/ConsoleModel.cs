using EventPlatform.Identity.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Data;

/// <summary>The platform console's column on organizations: when the organization was suspended.</summary>
internal static class ConsoleModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>(b => b.Ignore(o => o.IsSuspended));
    }
}
