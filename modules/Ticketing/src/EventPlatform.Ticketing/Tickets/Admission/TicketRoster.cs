using System.Runtime.CompilerServices;
using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Tickets.Admission;

/// <summary>An event's tickets for its gates (<see cref="ITicketRoster"/>): one query each, read without tracking.</summary>
public sealed class TicketRoster(TicketingDbContext db, TicketPublicKeys keys) : ITicketRoster
{
    public async IAsyncEnumerable<RosterTicket> StreamAsync(Guid eventId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var ticket in Project(db.Tickets.Where(t => t.EventId == eventId).OrderBy(t => t.Id)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ticket;
        }
    }

    public async Task<IReadOnlyList<RosterTicket>> SearchAsync(Guid eventId, string query, int limit, CancellationToken cancellationToken = default)
    {
        var text = query.Trim();
        var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var code = TicketAdmissions.NormalizeCode(text);
        var matches = db.Tickets.Where(t => t.EventId == eventId).Join(db.Orders, t => t.OrderId, o => o.Id, (t, o) => new { t, o })
            .Where(x => EF.Functions.ILike(x.t.AttendeeName, pattern) || EF.Functions.ILike(x.t.AttendeeEmail, pattern) || EF.Functions.ILike(x.o.Number, pattern)
                || EF.Functions.ILike(x.o.BuyerName, pattern) || EF.Functions.ILike(x.o.BuyerEmail, pattern) || x.t.Code == code)
            .OrderBy(x => x.t.AttendeeName).ThenBy(x => x.t.Id).Take(limit)
            .Select(x => new RosterTicket(x.t.Id, x.t.TicketTypeId, x.t.TicketTypeName, x.t.SessionId, x.t.Code, x.t.AttendeeName, x.t.AttendeeEmail,
                x.o.Number, x.t.Status, x.o.Status));
        return await matches.AsNoTracking().ToListAsync(cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, byte[]>> PublicKeysAsync(CancellationToken cancellationToken = default) =>
        keys.GetAsync(refresh: true, cancellationToken);

    private IQueryable<RosterTicket> Project(IQueryable<Domain.Ticket> tickets) =>
        tickets.AsNoTracking().Join(db.Orders, t => t.OrderId, o => o.Id, (t, o) => new RosterTicket(t.Id, t.TicketTypeId, t.TicketTypeName, t.SessionId,
            t.Code, t.AttendeeName, t.AttendeeEmail, o.Number, t.Status, o.Status));
}
