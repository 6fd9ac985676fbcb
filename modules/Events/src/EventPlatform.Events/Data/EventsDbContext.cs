using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Data;

/// <summary>The Events module's tables, in schema <c>events</c>. Its entities arrive with the module's features.</summary>
public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "events";

    public override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class EventsDesignTimeFactory() : ModuleDesignTimeFactory<EventsDbContext>(EventsDbContext.SchemaName);
