using EventPlatform.Platform.Data;
using EventPlatform.Ticketing.Tickets.Signing;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Data;

/// <summary>The Ticketing module's tables, in schema <c>ticketing</c>. Its entities arrive with the module's features.</summary>
public sealed class TicketingDbContext(DbContextOptions<TicketingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "ticketing";

    public override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        TicketSigningModel.Configure(modelBuilder);
    }
}

internal sealed class TicketingDesignTimeFactory() : ModuleDesignTimeFactory<TicketingDbContext>(TicketingDbContext.SchemaName);
