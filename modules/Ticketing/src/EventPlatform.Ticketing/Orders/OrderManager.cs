using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Codes;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Payments.Checkout;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// Turns a reservation into an order with one ticket per attendee. The reservation's holds become sales in the same
/// transaction as the order (<see cref="QuotaLedger.TrySellAsync"/>), so an order exists exactly when its seats are sold.
/// </summary>
public sealed class OrderManager(TicketingDbContext db, QuotaLedger ledger, ICurrentTenant tenant, TimeProvider clock, OrderPlacedHooks hooks,
    ICheckoutPayments payments, IOptions<TicketingOptions> options)
{
    private const int NumberAttempts = 3;

    /// <param name="reservation">The reservation, loaded with change tracking from this scope's <see cref="TicketingDbContext"/>.</param>
    public async Task<Order> ConfirmAsync(EventSummary @event, Reservation reservation, ConfirmReservationInput input, Guid? userId,
        CancellationToken cancellationToken = default)
    {
        var reservationId = reservation.Id;
        if (reservation.Status == ReservationStatus.Confirmed) return await ExistingOrderAsync(reservation, cancellationToken);
        EnsureOpen(reservation);
        CheckContacts(input);
        var questions = await db.Questions.AsNoTracking().Where(q => q.EventId == @event.Id).ToListAsync(cancellationToken);
        var orderAnswers = AnswerChecker.Check(questions.Where(q => q.Scope == QuestionScope.Order), input.Answers);
        var attendees = MatchAttendees(reservation, input.Attendees, questions);
        var (paymentMethod, offlineTerm) = reservation.Total == 0 ? (PaymentMethods.Free, null) : await ChooseMethodAsync(input.PaymentMethod, cancellationToken);
        var dueAt = PaymentDueAt(@event, paymentMethod, offlineTerm);

        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1)
            {
                db.ChangeTracker.Clear();
                reservation = await LoadAsync(reservationId, cancellationToken);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var order = NewOrder(@event, reservation, input, paymentMethod, dueAt, userId, orderAnswers, attendees);
            reservation.Confirm(order.Id);
            db.Orders.Add(order);
            await hooks.OnPlacingAsync(order, reservation, cancellationToken);
            db.AddIntegrationEvent(new OrderPlaced(order.Id, tenant.Id!.Value, @event.Id, order.Number));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < NumberAttempts && e.InnerException is PostgresException
                { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_orders_number" })
            {
                // Two orders drew the same confirmation number (one in a billion per day); roll back and draw again.
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException
                { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_orders_reservation_id" })
            {
                // A concurrent confirmation of the same reservation won (a double click, a retried request): its order is the order.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return await ExistingOrderAsync(await LoadAsync(reservationId, cancellationToken), cancellationToken);
            }

            // The hot quota rows are locked last, after the order's rows are written, so they stay locked only until the commit.
            if (!await ledger.TrySellAsync(reservation.Id, reservation.HoldCount, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                throw new BusinessException(TicketingErrorCodes.ReservationExpired, 409);
            }

            await transaction.CommitAsync(cancellationToken);
            return order;
        }
    }

    /// <summary>
    /// When an unpaid order is cancelled and its seats go back: online, <see cref="TicketingOptions.OnlinePaymentMinutes"/>
    /// after ordering; offline, see <see cref="PaymentDeadlines.Offline"/>; free, never.
    /// </summary>
    private DateTimeOffset? PaymentDueAt(EventSummary @event, string paymentMethod, TimeSpan? offlineTerm)
    {
        var now = clock.GetUtcNow();
        if (PaymentMethods.IsOnline(paymentMethod)) return now.AddMinutes(Math.Max(1, options.Value.OnlinePaymentMinutes));
        return paymentMethod == PaymentMethods.Offline ? PaymentDeadlines.Offline(now, offlineTerm, @event.StartsAt) : null;
    }

    private Order NewOrder(EventSummary @event, Reservation reservation, ConfirmReservationInput input, string paymentMethod, DateTimeOffset? dueAt, Guid? userId,
        List<Answer> orderAnswers, IReadOnlyList<(AttendeeInput Input, ReservationLine Line, List<Answer> Answers)> attendees)
    {
        var now = clock.GetUtcNow();
        var order = new Order(@event.Id, reservation.Id, SecretCodes.NewOrderNumber(now), SecretCodes.NewToken(), input.Buyer.Name.Trim(),
            input.Buyer.Email.Trim(), string.IsNullOrWhiteSpace(input.Buyer.Phone) ? null : input.Buyer.Phone.Trim(), reservation.Total,
            reservation.Currency, paymentMethod, reservation.Code, userId ?? reservation.UserId);
        order.Answer(orderAnswers);
        if (dueAt is { } due) order.PayBy(due);
        order.SpeaksIn(System.Globalization.CultureInfo.CurrentUICulture.Name);
        foreach (var (attendee, line, answers) in attendees)
        {
            var ticket = new Ticket(order.Id, @event.Id, line.TicketTypeId, line.TicketTypeName, line.SessionId, attendee.Name.Trim(),
                attendee.Email.Trim(), SecretCodes.NewTicketCode(), line.Gross);
            ticket.Answer(answers);
            ticket.Taxed(line.TaxRate, line.Tax);
            order.Tickets.Add(ticket);
        }

        return order;
    }

    /// <summary>One attendee per reserved ticket, of the reserved types, each with valid details and answers.</summary>
    private static List<(AttendeeInput, ReservationLine, List<Answer>)> MatchAttendees(Reservation reservation, IReadOnlyList<AttendeeInput>? attendees,
        IReadOnlyList<Question> questions)
    {
        attendees ??= [];
        var wanted = reservation.Lines.ToDictionary(l => l.TicketTypeId, l => l.Quantity);
        var given = attendees.GroupBy(a => a.TicketTypeId).ToDictionary(g => g.Key, g => g.Count());
        if (wanted.Count != given.Count || wanted.Any(w => given.GetValueOrDefault(w.Key) != w.Value))
        {
            throw new BusinessException(TicketingErrorCodes.AttendeesMismatch, 422).WithData("expected", reservation.TicketCount);
        }

        var lines = reservation.Lines.ToDictionary(l => l.TicketTypeId);
        return attendees.Select((a, i) =>
        {
            if (!ContactRules.IsName(a.Name)) throw FieldError($"attendees[{i}].name");
            if (!ContactRules.IsEmail(a.Email?.Trim())) throw FieldError($"attendees[{i}].email");
            var answers = AnswerChecker.Check(questions.Where(q => q.AsksFor(a.TicketTypeId)), a.Answers);
            return (a, lines[a.TicketTypeId], answers);
        }).ToList();
    }

    /// <summary>One of the methods the organization takes (the Payments module knows which), with its days to pay offline; 422 otherwise.</summary>
    private async Task<(string Method, TimeSpan? OfflineTerm)> ChooseMethodAsync(string? method, CancellationToken cancellationToken)
    {
        var methods = await payments.GetMethodsAsync(cancellationToken);
        return method is not null && methods.Methods.Contains(method)
            ? (method, methods.OfflineTerm)
            : throw new BusinessException(TicketingErrorCodes.PaymentMethodNotAvailable, 422).WithData("method", method);
    }

    private static void CheckContacts(ConfirmReservationInput input)
    {
        if (input.Buyer is null || !ContactRules.IsName(input.Buyer.Name)) throw FieldError("buyer.name");
        if (!ContactRules.IsEmail(input.Buyer.Email?.Trim())) throw FieldError("buyer.email");
        if (!string.IsNullOrWhiteSpace(input.Buyer.Phone) && !ContactRules.IsPhone(input.Buyer.Phone.Trim())) throw FieldError("buyer.phone");
    }

    private static BusinessException FieldError(string field) =>
        new BusinessException(Platform.Exceptions.PlatformErrorCodes.BadRequest, 400).WithData("field", field);

    private void EnsureOpen(Reservation reservation)
    {
        if (reservation.Status != ReservationStatus.Active) throw new BusinessException(TicketingErrorCodes.ReservationClosed, 409);
        if (!reservation.IsActiveAt(clock.GetUtcNow())) throw new BusinessException(TicketingErrorCodes.ReservationExpired, 409);
    }

    private async Task<Reservation> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Reservations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new BusinessException(TicketingErrorCodes.ReservationNotFound, 404);

    private async Task<Order> ExistingOrderAsync(Reservation reservation, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking().Include(o => o.Tickets).FirstAsync(o => o.Id == reservation.OrderId, cancellationToken);
}
