using EventPlatform.CheckIn.Domain;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.CheckIn.Data;

/// <summary>The Check-in module's tables, in schema <c>checkin</c>: lists, each ticket's admission per list, and the scan log.</summary>
public sealed class CheckInDbContext(DbContextOptions<CheckInDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "checkin";

    public override string Schema => SchemaName;

    public DbSet<CheckInList> Lists => Set<CheckInList>();
    public DbSet<Admission> Admissions => Set<Admission>();
    public DbSet<Scan> Scans => Set<Scan>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CheckInList>(b =>
        {
            b.ToTable("lists");
            b.Property(x => x.Name).HasMaxLength(CheckInListConsts.MaxNameLength);
            b.Property(x => x.ReEntry).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(x => new { x.TenantId, x.EventId });
        });

        modelBuilder.Entity<Admission>(b =>
        {
            b.ToTable("admissions");
            b.Property(x => x.LastEntryBy).HasMaxLength(ScanConsts.MaxUserNameLength);
            // The guarded upsert of a scan conflicts on this pair: one admission row per ticket and list.
            b.HasIndex(x => new { x.ListId, x.TicketId }).IsUnique();
        });

        modelBuilder.Entity<Scan>(b =>
        {
            b.ToTable("scans");
            b.Property(x => x.Code).HasMaxLength(ScanConsts.MaxCodeLength);
            b.Property(x => x.Direction).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.UserName).HasMaxLength(ScanConsts.MaxUserNameLength);
            b.Property(x => x.FirstEntryBy).HasMaxLength(ScanConsts.MaxUserNameLength);
            b.Property(x => x.AttendeeName).HasMaxLength(200);
            b.Property(x => x.TicketTypeName).HasMaxLength(200);
            b.Property(x => x.OrderNumber).HasMaxLength(40);
            b.Property(x => x.ClientNonce).HasMaxLength(ScanConsts.MaxNonceLength);
            b.Property(x => x.OfflineOutcome).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.ConflictReviewedBy).HasMaxLength(ScanConsts.MaxUserNameLength);
            // A scanner re-uploading its queue finds its earlier scans by nonce; the index keeps one scan per nonce.
            b.HasIndex(x => new { x.ListId, x.ClientNonce }).IsUnique().HasFilter("client_nonce IS NOT NULL");
            b.HasIndex(x => new { x.TenantId, x.EventId, x.ScannedAt });
            b.HasIndex(x => x.TicketId);
            // The supervisors' conflicts page reads only the few flagged scans of an event.
            b.HasIndex(x => new { x.TenantId, x.EventId }).HasFilter("is_conflict").HasDatabaseName("ix_scans_conflicts");
        });
    }
}

internal sealed class CheckInDesignTimeFactory() : ModuleDesignTimeFactory<CheckInDbContext>(CheckInDbContext.SchemaName);
