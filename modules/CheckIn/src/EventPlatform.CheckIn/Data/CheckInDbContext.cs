using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.CheckIn.Data;

/// <summary>The Check-in module's tables, in schema <c>checkin</c>. Its entities arrive with the module's features.</summary>
public sealed class CheckInDbContext(DbContextOptions<CheckInDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "checkin";

    public override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class CheckInDesignTimeFactory() : ModuleDesignTimeFactory<CheckInDbContext>(CheckInDbContext.SchemaName);
