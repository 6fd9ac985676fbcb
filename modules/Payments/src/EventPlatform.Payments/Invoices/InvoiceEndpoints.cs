using EventPlatform.Payments.Data;
using EventPlatform.Platform.Authorization;
using EventPlatform.Ticketing.Orders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Payments.Invoices;

/// <summary>
/// Invoice PDFs: the buyer's behind the order's link token (<c>/o/{tenant}/pay/{orderId}/invoices/{id}.pdf?t=…</c>, a wrong token
/// is a 404), the organizer's behind the payments permission (<c>/payments/invoices/{id}.pdf</c>).
/// </summary>
public static class InvoiceEndpoints
{
    public static string BuyerPath(string organization, Guid orderId, Guid invoiceId, string token) =>
        $"/o/{Uri.EscapeDataString(organization)}/pay/{orderId}/invoices/{invoiceId}.pdf?t={Uri.EscapeDataString(token)}";

    public static string OrganizerPath(Guid invoiceId) => $"/payments/invoices/{invoiceId}.pdf";

    public static IEndpointRouteBuilder MapInvoicePdfs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/o/{tenant}/pay/{orderId:guid}/invoices/{invoiceId:guid}.pdf", async (Guid orderId, Guid invoiceId, string? t,
                IOrderSettlement orders, PaymentsDbContext db, InvoicePdfRenderer renderer, CancellationToken cancellationToken) =>
            {
                if (await orders.FindForBuyerAsync(orderId, t, cancellationToken) is not { } order) return Results.NotFound();
                var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId && i.OrderId == orderId, cancellationToken);
                return invoice is null
                    ? Results.NotFound()
                    : Results.File(renderer.Render(invoice, order.Culture), InvoicePdfRenderer.ContentType, InvoicePdfRenderer.FileNameOf(invoice));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        endpoints.MapGet("/payments/invoices/{invoiceId:guid}.pdf", async (Guid invoiceId, PaymentsDbContext db, InvoicePdfRenderer renderer,
                IOrderSettlement orders, CancellationToken cancellationToken) =>
            {
                // Another organization's invoice is not found: the tenant filter and row-level security hide it.
                var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
                if (invoice is null) return Results.NotFound();
                var culture = (await orders.FindAsync(invoice.OrderId, cancellationToken))?.Culture ?? "en";
                return Results.File(renderer.Render(invoice, culture), InvoicePdfRenderer.ContentType, InvoicePdfRenderer.FileNameOf(invoice));
            })
            .RequireAuthorization(PaymentsPermissions.Payments.Read)
            .ExcludeFromDescription();
        return endpoints;
    }
}
