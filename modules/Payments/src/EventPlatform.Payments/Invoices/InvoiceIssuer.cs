using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Providers;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Orders;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using EventPlatform.Platform.Currencies;

namespace EventPlatform.Payments.Invoices;

/// <summary>
/// Issues an order's invoice once it is paid and a credit note for each refund. Numbers come from a per-organization,
/// per-kind counter row incremented in the transaction that writes the document, so they run without gaps and two
/// documents never share one. Issuing twice returns the first document (unique per order, and per refund).
/// Each line carries the tax checkout charged for it (the ticket type's rate or the organization's, added to the price or
/// included in it); lines sold before tickets kept their tax have it taken out at the organization's rate. A credit note
/// takes its tax in the same proportion as the invoice it corrects.
/// </summary>
public sealed class InvoiceIssuer(PaymentsDbContext db, IOrderSettlement orders, ITenantStore tenants, ICurrentTenant tenant, IAuditLog audit, TimeProvider clock)
{
    public const string CreditNotePrefix = "CN-";

    public async Task<Invoice?> IssueInvoiceAsync(Guid orderId, CancellationToken cancellationToken)
    {
        if (await FindInvoiceAsync(orderId, cancellationToken) is { } issued) return issued;
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is null || order.Total <= 0 || order.Status != OrderStatus.Confirmed) return null;
        var sold = await orders.GetLinesAsync(orderId, cancellationToken);
        return await WriteAsync(settings => new InvoiceDraft(order.Id, order.Number, InvoiceKind.Invoice, settings.NumberPrefix, order.Currency,
            order.BuyerName, order.BuyerEmail, sold.Select(l => ToLine(l, settings.TaxRate, order.Currency)).ToList(), order.Total, null, null, null),
            cancellationToken);
    }

    /// <summary>The credit note of a refund that went through; the order's invoice is issued first if it was not yet.</summary>
    public async Task<Invoice?> IssueCreditNoteAsync(Guid refundId, CancellationToken cancellationToken)
    {
        if (await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.RefundId == refundId, cancellationToken) is { } issued) return issued;
        var refund = await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == refundId && r.Status == ProviderRefundStatus.Succeeded, cancellationToken);
        if (refund is null) return null;
        var invoice = await IssueInvoiceAsync(refund.OrderId, cancellationToken) ?? await FindInvoiceAsync(refund.OrderId, cancellationToken);
        if (invoice is null) return null;
        var tax = invoice.Gross == 0 ? 0 : MinorUnits.Round(refund.Amount * invoice.Tax / invoice.Gross, refund.Currency);
        var lines = new List<InvoiceLine>
        {
            new(refund.Reason is { Length: > 0 } reason ? reason : invoice.OrderNumber, 1, refund.Amount, refund.Amount, invoice.TaxRate, tax),
        };
        return await WriteAsync(_ => new InvoiceDraft(invoice.OrderId, invoice.OrderNumber, InvoiceKind.CreditNote, CreditNotePrefix, refund.Currency,
            invoice.BuyerName, invoice.BuyerEmail, lines, refund.Amount, invoice.Id, invoice.Number, refund.Id), cancellationToken);
    }

    /// <summary>An order line as invoiced: its own tax, or (sold before tickets kept their tax) the tax in its price at <paramref name="fallbackRate"/>.</summary>
    private static InvoiceLine ToLine(PayableOrderLine line, decimal fallbackRate, string currency)
    {
        var amount = line.UnitPrice * line.Quantity;
        if (line.TaxRate is { } rate) return new InvoiceLine(line.Description, line.Quantity, line.UnitPrice, amount, rate, line.Tax * line.Quantity);
        return new InvoiceLine(line.Description, line.Quantity, line.UnitPrice, amount, fallbackRate, Taxes.Included(amount, fallbackRate, currency));
    }

    /// <summary>The document's rate: the lines' one rate, or with several the effective rate (tax over net) - each line keeps its own.</summary>
    private static decimal RateOf(IReadOnlyList<InvoiceLine> lines, decimal tax, decimal net)
    {
        var rates = lines.Where(l => l.Amount != 0).Select(l => l.TaxRate ?? 0).Distinct().ToList();
        return rates.Count == 1 ? rates[0] : net == 0 ? 0 : decimal.Round(tax / net * 100m, 2);
    }

    private Task<Invoice?> FindInvoiceAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.OrderId == orderId && i.Kind == InvoiceKind.Invoice, cancellationToken);

    private async Task<Invoice?> WriteAsync(Func<InvoiceSettings, InvoiceDraft> draftFor, CancellationToken cancellationToken)
    {
        var settings = await db.InvoiceSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new InvoiceSettings();
        var draft = draftFor(settings);
        var organization = await tenants.FindByIdAsync(tenant.Id!.Value, cancellationToken);
        var tax = draft.Lines.Sum(l => l.Tax);
        var net = draft.Gross - tax;
        var rate = RateOf(draft.Lines, tax, net);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var next = await NextNumberAsync(draft.Kind, cancellationToken);
        var invoice = new Invoice(draft.OrderId, draft.OrderNumber, draft.Kind, $"{draft.Prefix}{now.Year}-{next:D6}", now, draft.Currency,
            settings.SellerName ?? organization?.Name ?? "", settings.SellerAddress, settings.TaxId, draft.BuyerName, draft.BuyerEmail, draft.Lines, rate, net,
            tax, draft.CorrectsId, draft.CorrectsNumber, draft.RefundId);
        db.Invoices.Add(invoice);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Issued at the same moment by another delivery of the same event: the counter's step rolls back with this.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return draft.RefundId is { } refund
                ? await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.RefundId == refund, cancellationToken)
                : await FindInvoiceAsync(draft.OrderId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await audit.WriteAsync(draft.Kind == InvoiceKind.Invoice ? PaymentsAuditActions.InvoiceIssued : PaymentsAuditActions.CreditNoteIssued,
            nameof(Invoice), invoice.Id.ToString(), new { invoice.Number, invoice.OrderNumber, invoice.Gross, invoice.Tax, invoice.Currency }, cancellationToken);
        return invoice;
    }

    private async Task<long> NextNumberAsync(InvoiceKind kind, CancellationToken cancellationToken) =>
        // Through EF, so the organization is set on the connection as for every other statement (row-level security).
        (await db.Database.SqlQueryRaw<long>(
            """
            INSERT INTO payments.invoice_counters (tenant_id, kind, next) VALUES (@tenant, @kind, 1)
            ON CONFLICT (tenant_id, kind) DO UPDATE SET next = invoice_counters.next + 1
            RETURNING next AS "Value"
            """,
            new NpgsqlParameter("tenant", tenant.Id!.Value), new NpgsqlParameter("kind", kind.ToString())).ToListAsync(cancellationToken)).Single();

    private sealed record InvoiceDraft(Guid OrderId, string OrderNumber, InvoiceKind Kind, string Prefix, string Currency, string BuyerName,
        string BuyerEmail, IReadOnlyList<InvoiceLine> Lines, decimal Gross, Guid? CorrectsId, string? CorrectsNumber, Guid? RefundId);
}

/// <summary>The running number of an organization's invoices (or credit notes); only <see cref="InvoiceIssuer"/> moves it.</summary>
public sealed class InvoiceCounter : IMultiTenant
{
    public Guid TenantId { get; private set; }
    public InvoiceKind Kind { get; private set; }
    public long Next { get; private set; }
}
