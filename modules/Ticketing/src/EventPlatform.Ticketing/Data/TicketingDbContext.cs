using EventPlatform.Platform.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Tickets.Signing;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Data;

/// <summary>The Ticketing module's tables, in schema <c>ticketing</c>.</summary>
public sealed class TicketingDbContext(DbContextOptions<TicketingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "ticketing";

    public override string Schema => SchemaName;

    public DbSet<TicketType> TicketTypes => Set<TicketType>();
    public DbSet<Quota> Quotas => Set<Quota>();
    public DbSet<QuotaTicketType> QuotaTicketTypes => Set<QuotaTicketType>();
    public DbSet<PromoCode> PromoCodes => Set<PromoCode>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Reservation> Reservations => Set<Reservation>();
    public DbSet<Hold> Holds => Set<Hold>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        TicketingModel.Configure(modelBuilder);
        TicketSigningModel.Configure(modelBuilder);
        OrdersModel.Configure(modelBuilder);
    }
}

internal sealed class TicketingDesignTimeFactory() : ModuleDesignTimeFactory<TicketingDbContext>(TicketingDbContext.SchemaName);
