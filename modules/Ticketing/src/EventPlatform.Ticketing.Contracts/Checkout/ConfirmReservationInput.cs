using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Checkout;

/// <param name="Attendees">One per reserved ticket, in the order of the reservation's lines.</param>
/// <param name="Answers">Answers to the event's order questions.</param>
/// <param name="PaymentMethod">One of <see cref="PaymentMethods"/>; ignored for free orders.</param>
public sealed record ConfirmReservationInput(
    string Token,
    BuyerInput Buyer,
    IReadOnlyList<AttendeeInput> Attendees,
    IReadOnlyList<AnswerInput>? Answers = null,
    string? PaymentMethod = null);

public sealed record BuyerInput(string Name, string Email, string? Phone = null);

public sealed record AttendeeInput(Guid TicketTypeId, string Name, string Email, IReadOnlyList<AnswerInput>? Answers = null);
