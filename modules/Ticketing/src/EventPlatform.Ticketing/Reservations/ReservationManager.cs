using EventPlatform.Events.Catalog;
using EventPlatform.Payments.Checkout;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Codes;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EventPlatform.Ticketing.Reservations;

/// <summary>
/// Makes reservations: checks the sale rules, then writes the reservation and takes its seats from every quota involved in
/// one transaction (<see cref="QuotaLedger.TryTakeAsync"/>). When a quota looks full only because of expired holds, those are
/// given back and the reservation is tried once more, so an expired reservation never keeps a buyer out; so it is when
/// seats came back since the refused try (a sweep gave those holds back first, or someone cancelled).
/// </summary>
public sealed class ReservationManager(
    TicketingDbContext db,
    QuotaLedger ledger,
    Availability availability,
    PromoCodeResolver promoCodes,
    ICheckoutPayments payments,
    TimeProvider clock,
    IOptions<TicketingOptions> options)
{
    public async Task<Reservation> ReserveAsync(EventSummary @event, ReserveInput input, Guid? userId, TimeSpan? holdFor = null,
        CancellationToken cancellationToken = default)
    {
        // A retry with a key already used is found by the unique index when its reservation is written (DuplicateKey below):
        // retries are rare, so first-time requests do not pay a lookup for them.
        var key = string.IsNullOrWhiteSpace(input.IdempotencyKey) ? null : input.IdempotencyKey.Trim();

        var quantities = MergeLines(input.Lines);
        var types = await db.TicketTypes.AsNoTracking()
            .Where(t => quantities.Keys.Contains(t.Id) && t.EventId == @event.Id && t.IsActive)
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var missing = quantities.Keys.FirstOrDefault(id => !types.ContainsKey(id));
        if (missing != Guid.Empty) throw new BusinessException(TicketingErrorCodes.TicketTypeNotFound, 404).WithData("ticketType", missing);

        var promo = await promoCodes.ResolveAsync(@event.Id, input.Code, cancellationToken);
        // Free tickets carry no tax: the on-sale path of a free event does not read the organization's tax settings.
        var tax = types.Values.Any(t => t.Price > 0) ? await payments.GetTaxPolicyAsync(cancellationToken) : TaxPolicy.None;
        var now = clock.GetUtcNow();
        var lines = new List<ReservationLine>();
        foreach (var (id, quantity) in quantities)
        {
            var type = types[id];
            EnsureBookable(type, quantity, promo, now, @event.EndsAt);
            var discount = promo is not null && promo.AppliesTo(id) ? promo.DiscountOn(type.Price) : 0m;
            lines.Add(ReservationLine.Priced(id, type.Name, type.SessionId, quantity, type.Price, discount, type.TaxRate ?? tax.DefaultRate, tax.PricesIncludeTax, type.Currency));
        }

        var currencies = lines.Select(l => types[l.TicketTypeId].Currency).Distinct().ToList();
        if (currencies.Count > 1) throw new BusinessException(TicketingErrorCodes.CurrencyMismatch, 422);

        var needs = await NeedsAsync(quantities, promo, cancellationToken);
        var expiresAt = now + (holdFor ?? TimeSpan.FromMinutes(options.Value.ReservationMinutes));
        var reservation = new Reservation(@event.Id, SecretCodes.NewToken(), currencies[0], now, expiresAt, key, userId);
        reservation.Lines.AddRange(lines);
        if (promo is not null) reservation.ApplyCode(promo.Id, promo.Code);
        reservation.Holds(needs.Select(n => n.QuotaId).Distinct().Count());

        for (var attempt = 0; ; attempt++)
        {
            var outcome = await TryWriteAsync(reservation, needs, cancellationToken);
            if (outcome == WriteOutcome.Taken) return reservation;
            if (outcome == WriteOutcome.DuplicateKey) return (await FindByKeyAsync(@event.Id, key!, cancellationToken))!;
            if (attempt > 0 || !await MakeRoomAsync(needs, cancellationToken)) break;
        }

        throw await SoldOutAsync(types.Values, quantities, promo, cancellationToken);
    }

    private async Task<WriteOutcome> TryWriteAsync(Reservation reservation, IReadOnlyList<QuotaNeed> needs, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Reservations.Add(reservation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A retry with the same idempotency key raced this one; the first reservation stands.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return WriteOutcome.DuplicateKey;
        }

        if (!await ledger.TryTakeAsync(reservation.Id, needs, reservation.ExpiresAt, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return WriteOutcome.Full;
        }

        await transaction.CommitAsync(cancellationToken);
        return WriteOutcome.Taken;
    }

    /// <summary>After a refused try: whether one more may succeed (and expired holds in the way given back).</summary>
    private async Task<bool> MakeRoomAsync(IReadOnlyList<QuotaNeed> needs, CancellationToken cancellationToken)
    {
        // Most refusals in a stampede are plain sold-outs: look (without locking) before queueing for the rows.
        var room = await ledger.LookAsync(needs, cancellationToken);
        if (room.Fits) return true;
        if (!room.ExpiredHolds) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Nothing released here can mean a sweep gave the same holds back while this waited for the rows: the retry decides.
        await ledger.ReleaseExpiredAsync(needs.Select(n => n.QuotaId).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static void EnsureBookable(TicketType type, int quantity, PromoCode? promo, DateTimeOffset now, DateTimeOffset eventEndsAt)
    {
        var unlocks = promo is not null && promo.AppliesTo(type.Id);
        if (type.Visibility == TicketTypeVisibility.Hidden && !(unlocks && promo!.Kind == PromoCodeKind.Access))
        {
            // A hidden type is as good as absent without the code that unlocks it.
            throw new BusinessException(TicketingErrorCodes.TicketTypeNotFound, 404).WithData("ticketType", type.Id);
        }

        if (type.Visibility == TicketTypeVisibility.PromoOnly && !unlocks)
        {
            throw new BusinessException(TicketingErrorCodes.PromoCodeRequired, 422).WithData("ticketType", type.Name);
        }

        if (type.SaleStateAt(now, eventEndsAt) != SaleState.OnSale)
        {
            throw new BusinessException(TicketingErrorCodes.TicketTypeNotOnSale, 409).WithData("ticketType", type.Name);
        }

        if (quantity < type.MinPerOrder || quantity > type.MaxPerOrder)
        {
            throw new BusinessException(TicketingErrorCodes.QuantityOutOfRange, 422)
                .WithData("ticketType", type.Name).WithData("min", type.MinPerOrder).WithData("max", type.MaxPerOrder);
        }
    }

    private static Dictionary<Guid, int> MergeLines(IReadOnlyList<ReservationLineInput>? lines)
    {
        if (lines is null || lines.Count is 0 or > CheckoutConsts.MaxLinesPerReservation || lines.Any(l => l.Quantity <= 0))
        {
            throw new BusinessException(TicketingErrorCodes.QuantityOutOfRange, 422);
        }

        return lines.GroupBy(l => l.TicketTypeId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
    }

    private async Task<IReadOnlyList<QuotaNeed>> NeedsAsync(Dictionary<Guid, int> quantities, PromoCode? promo, CancellationToken cancellationToken)
    {
        var links = await db.QuotaTicketTypes.AsNoTracking().Where(l => quantities.Keys.Contains(l.TicketTypeId)).ToListAsync(cancellationToken);
        var needs = links.Select(l => new QuotaNeed(l.QuotaId, quantities[l.TicketTypeId])).ToList();
        if (promo?.UsageLimit is not null)
        {
            var quota = await db.Quotas.AsNoTracking().Where(q => q.PromoCodeId == promo.Id && q.Kind == QuotaKind.PromoCode)
                .Select(q => q.Id).FirstAsync(cancellationToken);
            needs.Add(new QuotaNeed(quota, 1));
        }

        return needs;
    }

    private async Task<BusinessException> SoldOutAsync(IEnumerable<TicketType> types, Dictionary<Guid, int> quantities, PromoCode? promo,
        CancellationToken cancellationToken)
    {
        var left = await availability.OfTicketTypesAsync(quantities.Keys.ToList(), cancellationToken);
        var shortType = types.FirstOrDefault(t => left[t.Id] is { } l && l < quantities[t.Id]);
        if (shortType is not null)
        {
            return new BusinessException(TicketingErrorCodes.SoldOut, 409).WithData("ticketType", shortType.Name).WithData("available", left[shortType.Id]);
        }

        return promo?.UsageLimit is not null
            ? new BusinessException(TicketingErrorCodes.PromoCodeUsedUp, 409).WithData("code", promo.Code)
            : new BusinessException(TicketingErrorCodes.SoldOut, 409).WithData("ticketType", types.First().Name).WithData("available", 0);
    }

    private async Task<Reservation?> FindByKeyAsync(Guid eventId, string key, CancellationToken cancellationToken)
    {
        var found = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.IdempotencyKey == key, cancellationToken);
        // A key belongs to one purchase: reusing it for another event is a client bug worth telling about.
        return found is not null && found.EventId != eventId ? throw new BusinessException(TicketingErrorCodes.IdempotencyKeyReused, 422) : found;
    }

    private enum WriteOutcome
    {
        Taken,
        Full,
        DuplicateKey,
    }
}
