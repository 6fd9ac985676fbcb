using EventPlatform.Platform.Domain;

namespace EventPlatform.Ticketing.Domain;

/// <summary>
/// A pointer from a buyer (their e-mail address, their account when signed in) to an order in some organization; the
/// only Ticketing table without a tenant. "My tickets" must find orders across organizations, and reading every
/// organization's orders table with the tenant filter and row-level security switched off would expose buyers' details
/// of all organizations to one query. This table holds no personal data beyond the address the user already proves they
/// own, so the cross-tenant read touches only pointers; the orders themselves are then read inside each organization's
/// tenant scope, with filters and RLS on as always. Written in the same transaction as the order (<c>OrderPlacedHooks</c>).
/// </summary>
public sealed class AttendeeOrder : Entity
{
    private AttendeeOrder()
    {
    }

    public AttendeeOrder(string email, Guid? userId, Guid organizationId, Guid orderId, string number)
    {
        EmailNormalized = Normalize(email);
        UserId = userId;
        OrganizationId = organizationId;
        OrderId = orderId;
        Number = number;
    }

    public string EmailNormalized { get; private set; } = null!;
    public Guid? UserId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid OrderId { get; private set; }
    public string Number { get; private set; } = null!;

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
