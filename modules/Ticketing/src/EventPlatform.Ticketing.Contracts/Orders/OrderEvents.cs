using EventPlatform.Platform.Events;

namespace EventPlatform.Ticketing.Orders;

/// <summary>Raised when an order's tickets are issued (confirmed or pending payment); the confirmation email follows it.</summary>
public sealed record OrderPlaced(Guid OrderId, Guid OrganizationId, Guid ScheduledEventId, string Number) : IntegrationEvent;

/// <summary>Raised when seats go back to the quotas (an order or ticket cancelled, a reservation cancelled or expired).</summary>
public sealed record SeatsReleased(Guid OrganizationId, Guid ScheduledEventId, IReadOnlyList<Guid> TicketTypeIds) : IntegrationEvent;

/// <summary>Raised when an order waiting for an online payment is confirmed by that payment; its confirmation e-mail follows.</summary>
public sealed record OrderPaid(Guid OrderId, Guid OrganizationId, Guid ScheduledEventId, string Number) : IntegrationEvent;
