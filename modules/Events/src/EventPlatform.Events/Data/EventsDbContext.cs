using EventPlatform.Events.Domain;
using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Data;

/// <summary>The Events module's tables, in schema <c>events</c>.</summary>
public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "events";

    public override string Schema => SchemaName;

    public DbSet<Event> Events => Set<Event>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<SessionSpeaker> SessionSpeakers => Set<SessionSpeaker>();
    public DbSet<SessionAttachment> SessionAttachments => Set<SessionAttachment>();
    public DbSet<Speaker> Speakers => Set<Speaker>();
    public DbSet<EventSeries> Series => Set<EventSeries>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        EventsModel.Configure(modelBuilder);
        Search.SearchModel.Configure(modelBuilder);
    }
}

internal sealed class EventsDesignTimeFactory() : ModuleDesignTimeFactory<EventsDbContext>(EventsDbContext.SchemaName);
