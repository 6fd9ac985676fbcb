using EventPlatform.Events.Events;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Search;

/// <summary>EF mapping of the search projection, so the migration creates it with its generated columns and indexes.</summary>
internal static class SearchModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        // Trusted extensions: the database owner (the migration role) may create them without superuser rights; they land in
        // "public" (the first schema of the default search_path that exists), where SearchSql expects them.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.Entity<SearchListing>(b =>
        {
            b.ToTable("search_listings");
            b.HasKey(x => x.EventId);
            b.Property(x => x.EventId).ValueGeneratedNever();
            b.Property(x => x.OrganizationSlug).HasMaxLength(100);
            b.Property(x => x.OrganizationName).HasMaxLength(200);
            b.Property(x => x.Title).HasMaxLength(EventConsts.MaxTitleLength);
            b.Property(x => x.Slug).HasMaxLength(EventConsts.MaxSlugLength);
            b.Property(x => x.Summary).HasMaxLength(EventConsts.MaxSummaryLength);
            b.Property(x => x.Type).HasMaxLength(20);
            b.Property(x => x.Format).HasMaxLength(20);
            b.Property(x => x.TimeZone).HasMaxLength(EventConsts.MaxTimeZoneLength);
            b.Property(x => x.Venue).HasMaxLength(EventConsts.MaxVenueLength);
            b.Property(x => x.City).HasMaxLength(EventConsts.MaxCityLength);
            b.Property(x => x.CountryCode).HasMaxLength(EventConsts.MaxCountryCodeLength);
            b.Property(x => x.TitleKey).HasComputedColumnSql("events.search_fold(title)", stored: true);
            b.Property(x => x.CityKey).HasComputedColumnSql("events.search_fold(city)", stored: true);
            b.Property(x => x.TagKeys).HasComputedColumnSql("events.search_fold_all(tags)", stored: true);
            b.Property(x => x.SpeakerKeys).HasComputedColumnSql("events.search_fold(events.search_join(speakers))", stored: true);
            b.Property(x => x.SearchVector)
                .HasComputedColumnSql("events.search_document(title, tags, speakers, summary, city, description)", stored: true);

            b.Property(x => x.TitleVector).HasComputedColumnSql("to_tsvector('simple'::regconfig, events.search_fold(title))", stored: true);
            b.HasIndex(x => x.TitleVector).HasMethod("gin").HasDatabaseName("ix_search_listings_title_vector");
            b.HasIndex(x => x.SearchVector).HasMethod("gin").HasDatabaseName("ix_search_listings_search_vector");
            // Autocomplete: a B-tree for "title starts with", the title's own tsvector for "a word starts with".
            b.HasIndex([nameof(SearchListing.TitleKey)], "ix_search_listings_title_prefix").HasOperators("text_pattern_ops");
            b.HasIndex(x => x.SpeakerKeys).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_search_listings_speakers_trgm");
            b.HasIndex(x => x.TagKeys).HasMethod("gin").HasDatabaseName("ix_search_listings_tags");
            b.HasIndex(x => x.CityKey).HasDatabaseName("ix_search_listings_city");
            b.HasIndex(x => x.StartsAt).HasDatabaseName("ix_search_listings_starts_at");
            // Listing by format without text: the page in date order and the count, both from the index.
            b.HasIndex(x => new { x.Format, x.StartsAt }).HasDatabaseName("ix_search_listings_format_starts_at");
            b.HasIndex(x => x.OrganizationId).HasDatabaseName("ix_search_listings_organization");
        });

        // The distinct words of all titles: near misses are looked up here (a few thousand rows) with trigrams, not in
        // every title, which would recheck tens of thousands of rows for a short word.
        modelBuilder.Entity<SearchWord>(b =>
        {
            b.ToTable("search_words");
            b.HasKey(x => x.Word);
            b.Property(x => x.Word).HasMaxLength(SearchWord.MaxLength);
            b.HasIndex(x => x.Word).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_search_words_trgm");
        });
    }
}
