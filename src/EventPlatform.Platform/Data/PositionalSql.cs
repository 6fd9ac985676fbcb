using System.Text.RegularExpressions;
using Npgsql;

namespace EventPlatform.Platform.Data;

/// <summary>
/// SQL written with named parameters (<c>@ticket</c>) and sent with positional ones (<c>$1</c>, <c>$2</c>, …): Npgsql
/// sends positional SQL as it is, where it parses and rewrites named SQL on every call. Converted once, when built.
/// For the application's own constant SQL only: a name inside a string literal or comment would be converted too.
/// </summary>
public sealed partial class PositionalSql
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public PositionalSql(string sql)
    {
        Text = NamedParameter().Replace(sql, match =>
        {
            var name = match.Groups[1].Value;
            if (!_positions.TryGetValue(name, out var position)) _positions[name] = position = _positions.Count + 1;
            return "$" + position;
        });
    }

    /// <summary>The SQL with <c>$n</c> in place of each name, numbered in the order the names first appear.</summary>
    public string Text { get; }

    /// <summary>
    /// The given parameters in the statement's order; those it does not use are left out. The parameters are taken over:
    /// their names are cleared (Npgsql reads unnamed parameters as positional), so build them afresh for each call.
    /// </summary>
    /// <exception cref="ArgumentException">A name the statement uses is missing.</exception>
    public NpgsqlParameter[] Bind(IReadOnlyCollection<NpgsqlParameter> parameters)
    {
        var bound = new NpgsqlParameter[_positions.Count];
        foreach (var parameter in parameters)
        {
            if (!_positions.TryGetValue(parameter.ParameterName, out var position)) continue;
            parameter.ParameterName = "";
            bound[position - 1] = parameter;
        }

        if (Array.IndexOf(bound, null) < 0) return bound;
        // Named only when one is missing: this runs on every scan.
        var missing = _positions.Where(p => bound[p.Value - 1] is null).Select(p => p.Key);
        throw new ArgumentException($"No value for @{string.Join(", @", missing)}.", nameof(parameters));
    }

    // @name, but not @@name or an operator such as @> or <@ (no letter follows those).
    [GeneratedRegex(@"(?<![@\w])@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex NamedParameter();
}
