using System.Text.RegularExpressions;
using EventPlatform.Payments.Tests.Infrastructure;
using EventPlatform.TestBase;
using Npgsql;

namespace EventPlatform.Payments.Tests.Security;

/// <summary>
/// No card data stored anywhere: after real payments, refunds and webhooks, every text column of every table (all
/// schemas, read as the superuser so row-level security hides nothing) is searched for card numbers the way PAN
/// discovery tools do: 13 to 19 digits (spaces or dashes allowed between them), a card network's issuer prefix, and a
/// valid Luhn check digit.
/// </summary>
[Collection(PaymentsCollection.Name)]
public sealed partial class CardNumberScanTests(PaymentsTestFactory factory)
{
    [Theory]
    [InlineData("card 4242 4242 4242 4242 here", true)]
    [InlineData("{\"number\":\"5555-5555-5555-4444\"}", true)]
    [InlineData("378282246310005", true)]
    [InlineData("4242424242424241", false)] // check digit wrong
    [InlineData("1764561234567", false)] // epoch milliseconds: no card network starts with 1
    [InlineData("20261130095742", false)] // a migration's timestamp: 2026 is outside Mastercard's 2221-2720
    [InlineData("2223003122003222", true)] // a Mastercard 2-series test number
    [InlineData("REG-20261201-ABC123 4242", false)]
    [InlineData("a4915446815701bc0f3e", false)] // a trace id in hex that happens to hold a Luhn-valid run of digits
    public void Should_recognize_card_numbers_and_nothing_else(string text, bool expected) =>
        CardNumbersIn(text).Any().ShouldBe(expected);

    [Fact]
    public async Task Should_find_no_card_number_in_any_text_column_after_payments()
    {
        var organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
        var buyer = factory.CreateClientFor();
        var (@event, type) = await organizer.PaidEventAsync("Card Scan");
        await organizer.ConnectStripeAsync();
        var order = await buyer.OrderAsync(TestData.OrgASlug, @event, type);
        var redirect = await buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));
        var session = redirect.Headers.Location!.OriginalString.Split('/')[^1];
        factory.Stripe.Pay(session);
        var (body, signature) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow());
        (await buyer.PostWebhookAsync(TestData.OrgASlug, body, signature)).EnsureSuccessStatusCode();

        var (columns, values, found) = await ScanAsync(factory.Database.AdminConnectionString);

        columns.ShouldBeGreaterThan(50);
        values.ShouldBeGreaterThan(0);
        found.ShouldBeEmpty();
    }

    private static async Task<(int Columns, long Values, List<string> Found)> ScanAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        long values = 0;
        var found = new List<string>();
        foreach (var (schema, table, column) in columns)
        {
            var sql = $"SELECT \"{column}\"::text FROM \"{schema}\".\"{table}\" WHERE \"{column}\" IS NOT NULL";
            await using var select = new NpgsqlCommand(sql, connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values++;
                found.AddRange(CardNumbersIn(reader.GetString(0)).Select(n => $"{schema}.{table}.{column}: {n}"));
            }
        }

        return (columns.Count, values, found);
    }

    private static IEnumerable<string> CardNumbersIn(string text) =>
        Candidate().Matches(text).Select(m => new string(m.Value.Where(char.IsAsciiDigit).ToArray()))
            .Where(digits => digits.Length is >= 13 and <= 19 && IsCardNetworkPrefix(digits) && Luhn(digits));

    /// <summary>Issuer prefixes of the card networks: 3 (Amex, Diners, JCB), 4 (Visa), 5 and 2221–2720 (Mastercard, Maestro), 6 (Discover, UnionPay).</summary>
    private static bool IsCardNetworkPrefix(string digits) =>
        digits[0] is >= '3' and <= '6' || (digits[0] == '2' && int.Parse(digits[..4], System.Globalization.CultureInfo.InvariantCulture) is >= 2221 and <= 2720);

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>A card number stands on its own: a digit run inside a longer word of letters and digits (a hex trace id) is not one.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9](?:[ -]?[0-9]){12,18}(?![0-9A-Za-z])")]
    private static partial Regex Candidate();
}
