using System.Globalization;
using EventPlatform.Payments.Domain;
using EventPlatform.Platform.Documents;
using Microsoft.Extensions.Localization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace EventPlatform.Payments.Invoices;

/// <summary>An invoice or credit note as an A4 PDF: seller, buyer, lines, net, tax and total, in the buyer's language.</summary>
public sealed class InvoicePdfRenderer(IStringLocalizerFactory localizers)
{
    public const string ContentType = "application/pdf";

    private const double Margin = 50;
    private static readonly XColor Ink = XColor.FromArgb(17, 24, 39);
    private static readonly XColor Muted = XColor.FromArgb(75, 85, 99);

    public static string FileNameOf(Invoice invoice) => invoice.Number + ".pdf";

    public byte[] Render(Invoice invoice, string culture)
    {
        DejaVuFontResolver.EnsureRegistered();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(culture) ? "en" : culture);
        try
        {
            var l = localizers.Create(typeof(PaymentsResource));
            using var document = new PdfDocument();
            document.Info.Title = invoice.Number;
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using (var g = XGraphics.FromPdfPage(page)) Draw(g, page.Width.Point, invoice, l);
            using var output = new MemoryStream();
            document.Save(output);
            return output.ToArray();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static void Draw(XGraphics g, double width, Invoice invoice, IStringLocalizer l)
    {
        var title = new XFont(DejaVuFontResolver.Family, 20, XFontStyleEx.Bold);
        var bold = new XFont(DejaVuFontResolver.Family, 10, XFontStyleEx.Bold);
        var text = new XFont(DejaVuFontResolver.Family, 10);
        var small = new XFont(DejaVuFontResolver.Family, 8);
        var ink = new XSolidBrush(Ink);
        var muted = new XSolidBrush(Muted);
        var formatter = new XTextFormatter(g);
        string Money(decimal amount) => $"{amount.ToString("N2", CultureInfo.CurrentUICulture)} {invoice.Currency}";

        // Seller, top left; document title and numbers, top right.
        var y = Margin;
        g.DrawString(invoice.SellerName, bold, ink, Margin, y + 10);
        var seller = string.Join('\n', new[] { invoice.SellerAddress, invoice.TaxId is { } id ? $"{l["Invoice:TaxId"]}: {id}" : null }.Where(s => s is not null));
        formatter.DrawString(seller, text, muted, new XRect(Margin, y + 16, 250, 80));
        var right = width - Margin - 220;
        g.DrawString(invoice.Kind == InvoiceKind.CreditNote ? l["Invoice:CreditNote"] : l["Invoice:Title"], title, ink, right, y + 16);
        var facts = new List<(string, string)>
        {
            (l["Invoice:Number"], invoice.Number),
            (l["Invoice:Date"], invoice.IssuedAt.UtcDateTime.ToString("d", CultureInfo.CurrentUICulture)),
            (l["Invoice:Order"], invoice.OrderNumber),
        };
        if (invoice.CorrectsNumber is { } corrects) facts.Add((l["Invoice:Corrects"], corrects));
        var factY = y + 36;
        foreach (var (label, value) in facts)
        {
            g.DrawString(label, text, muted, right, factY);
            g.DrawString(value, bold, ink, right + 90, factY);
            factY += 15;
        }

        // Buyer.
        y = Math.Max(factY, y + 100) + 20;
        g.DrawString(l["Invoice:BillTo"], small, muted, Margin, y);
        g.DrawString(invoice.BuyerName, bold, ink, Margin, y + 14);
        g.DrawString(invoice.BuyerEmail, text, muted, Margin, y + 28);

        // Lines.
        y += 60;
        var columns = new[] { Margin, width - Margin - 250, width - Margin - 170, width - Margin - 80 };
        g.DrawLine(new XPen(Muted, 0.5), Margin, y + 4, width - Margin, y + 4);
        g.DrawString(l["Invoice:Description"], bold, ink, columns[0], y);
        DrawRight(g, l["Invoice:Quantity"], bold, ink, columns[1] + 50, y);
        DrawRight(g, l["Invoice:UnitPrice"], bold, ink, columns[2] + 70, y);
        DrawRight(g, l["Invoice:Amount"], bold, ink, width - Margin, y);
        y += 20;
        foreach (var line in invoice.Lines)
        {
            g.DrawString(line.Description.Length > 60 ? line.Description[..60] : line.Description, text, ink, columns[0], y);
            DrawRight(g, line.Quantity.ToString(CultureInfo.CurrentUICulture), text, ink, columns[1] + 50, y);
            DrawRight(g, Money(line.UnitPrice), text, ink, columns[2] + 70, y);
            DrawRight(g, Money(line.Amount), text, ink, width - Margin, y);
            y += 16;
        }

        // Totals.
        g.DrawLine(new XPen(Muted, 0.5), columns[2] - 40, y, width - Margin, y);
        y += 16;
        // One tax row per rate (a ticket type may have its own); documents whose lines carry no rate show the document's.
        var taxes = invoice.Lines.Any(line => line.TaxRate is not null)
            ? invoice.Lines.GroupBy(line => line.TaxRate ?? invoice.TaxRate).OrderByDescending(group => group.Key).Select(group => (Rate: group.Key, Tax: group.Sum(line => line.Tax))).ToList()
            : [(invoice.TaxRate, invoice.Tax)];
        var rows = new List<(string, string, XFont)> { (l["Invoice:Net"], Money(invoice.Net), text) };
        rows.AddRange(taxes.Where(t => t.Rate > 0 || taxes.Count == 1).Select(t =>
            (t.Rate > 0 ? (string)l["Invoice:TaxAt", t.Rate.ToString("0.##", CultureInfo.CurrentUICulture)] : (string)l["Invoice:NoTax"], Money(t.Tax), text)));
        rows.Add((invoice.Kind == InvoiceKind.CreditNote ? l["Invoice:Refunded"] : l["Invoice:Total"], Money(invoice.Gross), bold));
        foreach (var (label, value, font) in rows)
        {
            g.DrawString(label, font, ink, columns[2] - 40, y);
            DrawRight(g, value, font, ink, width - Margin, y);
            y += 16;
        }

        y += 20;
        formatter.DrawString(invoice.Kind == InvoiceKind.CreditNote ? l["Invoice:CreditNoteNote", invoice.CorrectsNumber ?? ""] : l["Invoice:PaidNote"],
            small, muted, new XRect(Margin, y, width - 2 * Margin, 40));
    }

    private static void DrawRight(XGraphics g, string value, XFont font, XBrush brush, double rightEdge, double y) =>
        g.DrawString(value, font, brush, rightEdge - g.MeasureString(value, font).Width, y);
}
