using System.Diagnostics;
using EventPlatform.Events.Data;
using EventPlatform.Events.Events;
using EventPlatform.Events.Services;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventPlatform.Events.Search;

/// <summary>
/// Rebuilds the search index from the events table: empties it, then feeds the listing of every published public
/// event of every organization. Reads across organizations in the kernel's explicit host scope, logged to the audit log.
/// </summary>
public sealed class SearchReindexer(
    EventsDbContext db,
    PublicListingWriter listings,
    ISearchIndex index,
    IAuditLog auditLog,
    IOptions<SearchOptions> options,
    ILogger<SearchReindexer> logger)
{
    private const int BatchSize = 500;

    public async Task<SearchReindexResultDto> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var indexed = 0;
        using (CurrentTenant.HostScope())
        {
            await auditLog.WriteAsync(AuditActions.HostScope, "events.search_listings", null, new { reason = "search.reindex" }, cancellationToken);
            await index.ClearAsync(cancellationToken);
            for (var skip = 0; ; skip += BatchSize)
            {
                var batch = await db.Events.AsNoTracking()
                    .Where(e => e.Status == EventStatus.Published && e.Visibility == EventVisibility.Public)
                    .OrderBy(e => e.Id)
                    .Skip(skip).Take(BatchSize)
                    .ToListAsync(cancellationToken);
                foreach (var @event in batch)
                {
                    if (await listings.ListingOfAsync(@event, cancellationToken) is not { } listing) continue;
                    await index.UpsertAsync(listing, cancellationToken);
                    indexed++;
                }

                if (batch.Count < BatchSize) break;
            }
        }

        logger.LogInformation("Search index ({Provider}) rebuilt: {Count} public events in {Elapsed} ms", options.Value.Provider, indexed, clock.ElapsedMilliseconds);
        return new SearchReindexResultDto(options.Value.Provider, indexed, clock.ElapsedMilliseconds);
    }
}
