using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Events.Series;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Speakers;
using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Data;

/// <summary>EF mapping of events, sessions, speakers and series; limits come from the Contracts' consts.</summary>
internal static class EventsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        // Stored as JSON inside their owner (see IsJsonList), never as tables of their own.
        modelBuilder.Ignore<CustomField>();
        modelBuilder.Ignore<SocialLink>();
        modelBuilder.Entity<Event>(b =>
        {
            b.ToTable("events");
            b.Property(x => x.Title).HasMaxLength(EventConsts.MaxTitleLength);
            b.Property(x => x.Slug).HasMaxLength(EventConsts.MaxSlugLength);
            b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Format).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Visibility).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.TimeZone).HasMaxLength(EventConsts.MaxTimeZoneLength);
            b.Property(x => x.Summary).HasMaxLength(EventConsts.MaxSummaryLength);
            b.Property(x => x.DescriptionMarkdown).HasMaxLength(EventConsts.MaxDescriptionLength);
            b.Property(x => x.VenueName).HasMaxLength(EventConsts.MaxVenueLength);
            b.Property(x => x.Address).HasMaxLength(EventConsts.MaxAddressLength);
            b.Property(x => x.City).HasMaxLength(EventConsts.MaxCityLength);
            b.Property(x => x.PostalCode).HasMaxLength(EventConsts.MaxPostalCodeLength);
            b.Property(x => x.CountryCode).HasMaxLength(EventConsts.MaxCountryCodeLength);
            b.Property(x => x.OnlineUrl).HasMaxLength(EventConsts.MaxUrlLength);
            b.Property(x => x.ContactName).HasMaxLength(EventConsts.MaxContactNameLength);
            b.Property(x => x.ContactEmail).HasMaxLength(EventConsts.MaxEmailLength);
            b.Property(x => x.ContactPhone).HasMaxLength(EventConsts.MaxPhoneLength);
            b.Property(x => x.CoverImageBlobName).HasMaxLength(300);
            b.Property(x => x.CustomFields).IsJsonList();
            b.Ignore(x => x.Location);
            b.Ignore(x => x.Contact);
            b.Ignore(x => x.IsListedPublicly);
            b.Ignore(x => x.IsVisibleByLink);
            // Slugs stay reserved while an event is in the recycle bin, so restoring it never collides.
            b.HasIndex(x => new { x.TenantId, x.Slug }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.StartsAt });
            b.HasIndex(x => x.SeriesId);
            b.HasOne<EventSeries>().WithMany().HasForeignKey(x => x.SeriesId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<Session>(b =>
        {
            b.ToTable("sessions");
            b.Property(x => x.Title).HasMaxLength(SessionConsts.MaxTitleLength);
            b.Property(x => x.Description).HasMaxLength(SessionConsts.MaxDescriptionLength);
            b.Property(x => x.Room).HasMaxLength(SessionConsts.MaxRoomLength);
            b.HasIndex(x => new { x.EventId, x.StartsAt });
            b.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.Speakers).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SessionSpeaker>(b =>
        {
            b.ToTable("session_speakers");
            b.HasKey(x => new { x.SessionId, x.SpeakerId });
            b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(x => x.SpeakerId);
            b.HasOne<Speaker>().WithMany().HasForeignKey(x => x.SpeakerId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SessionAttachment>(b =>
        {
            b.ToTable("session_attachments");
            b.Property(x => x.FileName).HasMaxLength(SessionConsts.MaxFileNameLength);
            b.Property(x => x.ContentType).HasMaxLength(100);
            b.Property(x => x.BlobName).HasMaxLength(300);
            b.HasIndex(x => new { x.TenantId, x.SessionId });
        });

        modelBuilder.Entity<Speaker>(b =>
        {
            b.ToTable("speakers");
            b.Property(x => x.Name).HasMaxLength(SpeakerConsts.MaxNameLength);
            b.Property(x => x.Title).HasMaxLength(SpeakerConsts.MaxTitleLength);
            b.Property(x => x.Company).HasMaxLength(SpeakerConsts.MaxCompanyLength);
            b.Property(x => x.BioMarkdown).HasMaxLength(SpeakerConsts.MaxBioLength);
            b.Property(x => x.PhotoBlobName).HasMaxLength(300);
            b.Property(x => x.SocialLinks).IsJsonList();
            b.HasIndex(x => new { x.TenantId, x.Name });
        });

        modelBuilder.Entity<EventSeries>(b =>
        {
            b.ToTable("series");
            b.Property(x => x.Rule).HasMaxLength(SeriesConsts.MaxRuleLength);
            b.Property(x => x.TimeZone).HasMaxLength(EventConsts.MaxTimeZoneLength);
        });
    }
}
