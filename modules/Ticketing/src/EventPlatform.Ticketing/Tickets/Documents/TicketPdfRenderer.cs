using System.Globalization;
using EventPlatform.Platform.Documents;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>
/// The tickets of an order as one PDF, one A4 page per ticket so each attendee can get their own sheet: the
/// organization's band, the event, the attendee and the signed QR code with the code printed under it.
/// </summary>
public sealed class TicketPdfRenderer(IStringLocalizer<TicketingResource> texts, ILogger<TicketPdfRenderer> logger)
{
    public const string ContentType = "application/pdf";
    private const double Margin = 48;
    private const double BandHeight = 110;
    private const double QrSize = 210;
    private static readonly XColor Muted = XColor.FromArgb(75, 85, 99);
    private static readonly XColor Ink = XColor.FromArgb(17, 24, 39);

    public static string FileNameOf(OrderDocument order) => $"tickets-{order.OrderNumber}.pdf";

    public byte[] Render(OrderDocument order)
    {
        if (order.Tickets.Count == 0) throw new ArgumentException("An order without tickets has no ticket PDF.", nameof(order));
        DejaVuFontResolver.EnsureRegistered();
        using var culture = DocumentCulture.Use(order.Culture);
        using var document = new PdfDocument();
        document.Info.Title = $"{order.EventTitle} – {order.OrderNumber}";
        document.Info.Author = order.OrganizationName;
        document.Options.CompressContentStreams = true;
        var logo = LoadLogo(order);
        for (var i = 0; i < order.Tickets.Count; i++)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            using var graphics = XGraphics.FromPdfPage(page);
            new TicketPage(graphics, page.Width.Point, texts, order, order.Tickets[i], logo, i + 1).Draw();
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private XImage? LoadLogo(OrderDocument order)
    {
        if (order.Logo is not { Length: > 0 }) return null;
        try
        {
            return XImage.FromStream(new MemoryStream(order.Logo));
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or IOException)
        {
            // A logo in a format PDFsharp cannot read (WebP, SVG) must not cost a buyer their tickets.
            logger.LogWarning(e, "The logo of {Organization} cannot be drawn on ticket PDFs", order.OrganizationName);
            return null;
        }
    }

    /// <summary>The drawing of one page; a class so the layout reads top to bottom.</summary>
    private sealed class TicketPage(
        XGraphics g, double width, IStringLocalizer texts, OrderDocument order, TicketDocument ticket, XImage? logo, int number)
    {
        private readonly XFont _label = new(DejaVuFontResolver.Family, 9);
        private readonly XFont _value = new(DejaVuFontResolver.Family, 12);
        private readonly XFont _valueBold = new(DejaVuFontResolver.Family, 12, XFontStyleEx.Bold);

        public void Draw()
        {
            DrawBand();
            var y = BandHeight + 30;
            y = DrawWrapped(order.EventTitle, new XFont(DejaVuFontResolver.Family, 22, XFontStyleEx.Bold), Ink, y, width - 2 * Margin, 3);
            y = DrawField(texts["Tickets:When"], TicketTimes.Format(order.StartsAt, order.EndsAt, order.TimeZone, CultureInfo.CurrentCulture), y + 8, width - 2 * Margin);
            if (!string.IsNullOrWhiteSpace(order.Location)) y = DrawField(texts["Tickets:Where"], order.Location, y, width - 2 * Margin);
            y += 6;
            g.DrawLine(new XPen(XColor.FromArgb(229, 231, 235), 1), Margin, y, width - Margin, y);
            DrawTicket(y + 22);
            DrawFooter();
        }

        private void DrawBand()
        {
            var brand = BrandColor.Parse(order.BrandColor);
            g.DrawRectangle(new XSolidBrush(brand), 0, 0, width, BandHeight);
            var textX = Margin;
            if (logo is not null)
            {
                // The logo sits on a white tile, so dark logos stay visible on dark brand colors.
                g.DrawRectangle(XBrushes.White, Margin, 22, 66, 66);
                var scale = Math.Min(58 / logo.PointWidth, 58 / logo.PointHeight);
                var (w, h) = (logo.PointWidth * scale, logo.PointHeight * scale);
                g.DrawImage(logo, Margin + 4 + (58 - w) / 2, 26 + (58 - h) / 2, w, h);
                textX += 82;
            }

            var onBrand = new XSolidBrush(BrandColor.TextOn(brand));
            var counter = texts["Tickets:TicketOf", number, order.Tickets.Count].Value;
            var counterFont = new XFont(DejaVuFontResolver.Family, 10);
            var counterWidth = g.MeasureString(counter, counterFont).Width;
            g.DrawString(counter, counterFont, onBrand, width - Margin - counterWidth, 60);
            var nameFont = new XFont(DejaVuFontResolver.Family, 18, XFontStyleEx.Bold);
            g.DrawString(Fit(order.OrganizationName, nameFont, width - Margin - counterWidth - 16 - textX), nameFont, onBrand, textX, 62);
        }

        private void DrawTicket(double top)
        {
            var columnWidth = width - 2 * Margin - QrSize - 24;
            var y = DrawField(texts["Tickets:Attendee"], ticket.AttendeeName, top, columnWidth, bold: true);
            y = DrawField(texts["Tickets:TicketType"], ticket.TicketTypeName, y, columnWidth);
            if (!string.IsNullOrWhiteSpace(ticket.SessionTitle)) y = DrawField(texts["Tickets:Session"], ticket.SessionTitle, y, columnWidth);
            var free = texts["Tickets:Free"].Value;
            y = DrawField(texts["Tickets:Price"], TicketMoney.Format(ticket.Price, ticket.Currency, CultureInfo.CurrentCulture, free), y, columnWidth);
            y = DrawField(texts["Tickets:Order"], order.OrderNumber, y, columnWidth);
            DrawField(texts["Tickets:Buyer"], order.BuyerName, y, columnWidth);

            var qrX = width - Margin - QrSize;
            QrCodeDrawing.Draw(g, ticket.QrPayload, qrX, top - 8, QrSize);
            var codeFont = new XFont(DejaVuFontResolver.MonoFamily, 16, XFontStyleEx.Bold);
            var codeWidth = g.MeasureString(ticket.Code, codeFont).Width;
            g.DrawString(ticket.Code, codeFont, new XSolidBrush(Ink), qrX + (QrSize - codeWidth) / 2, top + QrSize + 14);
            var hint = new XTextFormatter(g) { Alignment = XParagraphAlignment.Center };
            hint.DrawString(texts["Tickets:ScanHint"], _label, new XSolidBrush(Muted), new XRect(qrX, top + QrSize + 26, QrSize, 40));
        }

        private void DrawFooter()
        {
            var bottom = g.PageSize.Height - Margin;
            g.DrawLine(new XPen(XColor.FromArgb(229, 231, 235), 1), Margin, bottom - 34, width - Margin, bottom - 34);
            g.DrawString(texts["Tickets:ManageOrder"], _label, new XSolidBrush(Muted), Margin, bottom - 18);
            g.DrawString(Fit(order.OrderUrl, _label, width - 2 * Margin), _label, new XSolidBrush(Ink), Margin, bottom - 4);
        }

        /// <summary>A small grey label with its value under it; returns the y below the pair.</summary>
        private double DrawField(string label, string value, double y, double fieldWidth, bool bold = false)
        {
            g.DrawString(label.ToUpper(CultureInfo.CurrentCulture), _label, new XSolidBrush(Muted), Margin, y + 9);
            return DrawWrapped(value, bold ? _valueBold : _value, Ink, y + 13, fieldWidth, 2) + 8;
        }

        /// <summary>Draws <paramref name="text"/> word-wrapped to at most <paramref name="maxLines"/> lines; returns the y below it.</summary>
        private double DrawWrapped(string text, XFont font, XColor color, double y, double boxWidth, int maxLines)
        {
            var lineHeight = font.GetHeight();
            var brush = new XSolidBrush(color);
            foreach (var line in Wrap(text, font, boxWidth, maxLines))
            {
                g.DrawString(line, font, brush, Margin, y + font.Size);
                y += lineHeight;
            }

            return y;
        }

        private List<string> Wrap(string text, XFont font, double boxWidth, int maxLines)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && g.MeasureString(candidate, font).Width > boxWidth)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
            if (lines.Count <= maxLines) return lines.Select(l => Fit(l, font, boxWidth)).ToList();
            var kept = lines.Take(maxLines).ToList();
            kept[^1] = Fit(kept[^1] + " " + string.Join(' ', lines.Skip(maxLines)), font, boxWidth);
            return kept;
        }

        private string Fit(string text, XFont font, double maxWidth)
        {
            if (g.MeasureString(text, font).Width <= maxWidth) return text;
            var cut = text.Length;
            while (cut > 1 && g.MeasureString(text[..cut] + "…", font).Width > maxWidth) cut--;
            return text[..cut] + "…";
        }
    }
}
