using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Domain;

/// <summary>One attendee's admission. <see cref="Code"/> is the secret a scanner looks up; it changes on transfer or revocation.</summary>
public sealed class Ticket : AuditedEntity, IMultiTenant
{
    private Ticket()
    {
    }

    public Ticket(Guid orderId, Guid eventId, Guid ticketTypeId, string ticketTypeName, Guid? sessionId, string attendeeName, string attendeeEmail,
        string code, decimal price)
    {
        OrderId = orderId;
        EventId = eventId;
        TicketTypeId = ticketTypeId;
        TicketTypeName = ticketTypeName;
        SessionId = sessionId;
        AttendeeName = attendeeName;
        AttendeeEmail = attendeeEmail;
        Code = code;
        Price = price;
        Status = TicketStatus.Valid;
    }

    public Guid TenantId { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid TicketTypeId { get; private set; }
    public string TicketTypeName { get; private set; } = null!;
    public Guid? SessionId { get; private set; }
    public string AttendeeName { get; private set; } = null!;
    public string AttendeeEmail { get; private set; } = null!;

    [NotAudited]
    public string Code { get; private set; } = null!;

    public TicketStatus Status { get; private set; }
    /// <summary>What the buyer paid for this ticket, discount taken off, tax included.</summary>
    public decimal Price { get; private set; }

    /// <summary>Percent charged on this ticket; null on tickets sold before tickets kept their tax (the organization's rate, included).</summary>
    public decimal? TaxRate { get; private set; }

    /// <summary>The tax in <see cref="Price"/>.</summary>
    public decimal Tax { get; private set; }

    public List<Answer> Answers { get; private set; } = [];

    public void Answer(IEnumerable<Answer> answers) => Answers = answers.ToList();

    public void Taxed(decimal rate, decimal tax)
    {
        TaxRate = rate;
        Tax = tax;
    }

    /// <summary>Gives the ticket to someone else; the old code stops working at once.</summary>
    public void TransferTo(string attendeeName, string attendeeEmail, string newCode)
    {
        AttendeeName = attendeeName;
        AttendeeEmail = attendeeEmail;
        Code = newCode;
    }

    public void RotateCode(string newCode) => Code = newCode;

    public void Cancel() => Status = TicketStatus.Cancelled;
}
