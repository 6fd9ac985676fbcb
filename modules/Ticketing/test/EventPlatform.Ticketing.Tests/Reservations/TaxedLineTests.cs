using EventPlatform.Ticketing.Domain;

namespace EventPlatform.Ticketing.Tests.Reservations;

/// <summary>How a reservation line prices one ticket's tax: taken out of a price that includes it, or added to a net price.</summary>
public sealed class TaxedLineTests
{
    [Theory]
    // listed, discount, rate, included -> tax per ticket, what the buyer pays per ticket
    [InlineData(119, 0, 19, true, 19, 119)]
    [InlineData(25, 0, 19, true, 3.99, 25)]
    [InlineData(9.99, 0, 19, true, 1.60, 9.99)]
    [InlineData(100, 0, 19, false, 19, 119)]
    [InlineData(100, 10, 19, false, 17.10, 107.10)]
    [InlineData(50, 0, 7, false, 3.50, 53.50)]
    [InlineData(0.99, 0, 7, false, 0.07, 1.06)]
    [InlineData(40, 0, 0, false, 0, 40)]
    [InlineData(40, 40, 19, false, 0, 0)]
    public void Should_price_the_tax_of_one_ticket(double listed, double discount, double rate, bool included, double tax, double gross)
    {
        var line = ReservationLine.Priced(Guid.NewGuid(), "Pass", null, 3, (decimal)listed, (decimal)discount, (decimal)rate, included, "EUR");

        line.Tax.ShouldBe((decimal)tax);
        line.Gross.ShouldBe((decimal)gross);
        line.TaxRate.ShouldBe((decimal)rate);
        line.TaxIncluded.ShouldBe(included);
    }

    [Fact]
    public void Should_round_the_tax_to_whole_units_in_a_currency_without_minor_units()
    {
        var line = ReservationLine.Priced(Guid.NewGuid(), "Pass", null, 1, 1500m, 0, 10m, taxIncluded: true, "JPY");

        line.Tax.ShouldBe(136m);
        line.Gross.ShouldBe(1500m);
    }

    [Fact]
    public void Should_total_a_reservation_with_the_tax_added_to_net_lines()
    {
        var reservation = new Reservation(Guid.NewGuid(), "token", "EUR", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(15), null, null);
        reservation.Lines.Add(ReservationLine.Priced(Guid.NewGuid(), "Standard", null, 1, 25m, 0, 19m, taxIncluded: false, "EUR"));
        reservation.Lines.Add(ReservationLine.Priced(Guid.NewGuid(), "Book", null, 2, 50m, 0, 7m, taxIncluded: false, "EUR"));

        reservation.Total.ShouldBe(29.75m + 2 * 53.50m);
    }
}
