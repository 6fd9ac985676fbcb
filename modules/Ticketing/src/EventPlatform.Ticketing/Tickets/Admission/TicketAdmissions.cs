using System.Linq.Expressions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tickets.Signing;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Tickets.Admission;

/// <summary>
/// Finds the ticket a scanner read. A QR payload is verified first (public keys from <see cref="TicketPublicKeys"/>, kept
/// in memory) and its ticket is read by id; a typed code is read by the unique code index. Either way: one query, compiled
/// once (a gate asks at hundreds of scans a second, and a compiled query skips building and matching the LINQ tree).
/// </summary>
public sealed class TicketAdmissions(TicketingDbContext db, TicketPublicKeys keys, ICurrentTenant tenant) : ITicketAdmissions
{
    public async Task<AdmissionLookup> FindAsync(string scanned, CancellationToken cancellationToken = default)
    {
        var text = (scanned ?? "").Trim();
        if (text.StartsWith(TicketPayload.Version + ".", StringComparison.Ordinal)) return await FindByPayloadAsync(text, cancellationToken);
        var code = NormalizeCode(text);
        if (code.Length != OrderConsts.TicketCodeLength) return AdmissionLookup.Failed(AdmissionFailure.NotFound);
        var ticket = await ByCode(db, code, cancellationToken);
        return ticket is null ? AdmissionLookup.Failed(AdmissionFailure.NotFound) : AdmissionLookup.Found(ticket);
    }

    /// <summary>A code as people type it off a printed ticket: grouped with spaces or dashes, any case.</summary>
    public static string NormalizeCode(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    private async Task<AdmissionLookup> FindByPayloadAsync(string payload, CancellationToken cancellationToken)
    {
        var verification = TicketPayloadVerifier.Verify(payload, await keys.GetAsync(refresh: false, cancellationToken));
        // A key made since the keys were read (rotation) is fetched once before the payload is refused.
        if (verification.Failure == TicketVerificationFailure.UnknownKey)
        {
            verification = TicketPayloadVerifier.Verify(payload, await keys.GetAsync(refresh: true, cancellationToken));
        }

        if (verification.Claims is not { } claims) return AdmissionLookup.Failed(AdmissionFailure.BadSignature);
        if (claims.OrganizationId != tenant.Id) return AdmissionLookup.Failed(AdmissionFailure.NotFound);
        var ticket = await ById(db, claims.TicketId, cancellationToken);
        if (ticket is null) return AdmissionLookup.Failed(AdmissionFailure.NotFound);
        return ticket.Code == claims.Code ? AdmissionLookup.Found(ticket) : AdmissionLookup.Failed(AdmissionFailure.Revoked, ticket);
    }

    private static readonly Expression<Func<Domain.Ticket, Domain.Order, AdmissionTicket>> Admission = (t, o) => new AdmissionTicket(t.Id, t.EventId,
        t.TicketTypeId, t.TicketTypeName, t.SessionId, t.Code, t.AttendeeName, o.Number, t.Status, o.Status);

    private static readonly Func<TicketingDbContext, string, CancellationToken, Task<AdmissionTicket?>> ByCode =
        EF.CompileAsyncQuery((TicketingDbContext db, string code, CancellationToken _) =>
            db.Tickets.AsNoTracking().Where(t => t.Code == code).Join(db.Orders, t => t.OrderId, o => o.Id, Admission).FirstOrDefault());

    private static readonly Func<TicketingDbContext, Guid, CancellationToken, Task<AdmissionTicket?>> ById =
        EF.CompileAsyncQuery((TicketingDbContext db, Guid id, CancellationToken _) =>
            db.Tickets.AsNoTracking().Where(t => t.Id == id).Join(db.Orders, t => t.OrderId, o => o.Id, Admission).FirstOrDefault());
}
