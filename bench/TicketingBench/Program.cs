using System.Globalization;

// Usage:
//   TicketingBench rush <base-url or unix:/path.sock> <organization> <event-slug> <buyers> <ticket-type-id,...>
//     Every buyer reserves one ticket (types taken in turn) and confirms it; all are released at once through a barrier.
//   TicketingBench sustain <base-url or unix:/path.sock> <organization> <event-slug> <ticket-type-id> <seconds> <buyers>
//     Closed loop: each buyer registers (reserve + confirm) again as soon as its last registration finished.
// Prints its figures as the last line (key=value pairs).
var mode = args.ElementAtOrDefault(0) ?? throw new ArgumentException("mode: rush or sustain");
var target = args[1];
var organization = args[2];
var slug = args[3];
var line = mode switch
{
    "rush" => await Rush.RunAsync(target, organization, slug, Int(args[4]), args[5].Split(',').Select(Guid.Parse).ToArray()),
    "sustain" => await Sustain.RunAsync(target, organization, slug, Guid.Parse(args[4]), Int(args[5]), Int(args[6])),
    _ => throw new ArgumentException($"unknown mode {mode}"),
};
Console.WriteLine(line);

static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
