using EventPlatform.Platform.Data;
using Npgsql;

namespace EventPlatform.Platform.Tests.Data;

public sealed class PositionalSqlTests
{
    [Fact]
    public void Should_number_the_names_in_the_order_they_first_appear_and_reuse_a_number_for_a_repeated_name()
    {
        var sql = new PositionalSql("SELECT @b, @a, @b::text, a.b FROM t WHERE x = @a_2");

        sql.Text.ShouldBe("SELECT $1, $2, $1::text, a.b FROM t WHERE x = $3");
    }

    [Fact]
    public void Should_leave_operators_and_system_variables_alone()
    {
        new PositionalSql("SELECT ARRAY[1] <@ ARRAY[@n], @@version").Text.ShouldBe("SELECT ARRAY[1] <@ ARRAY[$1], @@version");
    }

    [Fact]
    public void Should_bind_the_parameters_in_the_statements_order_unnamed_and_leave_out_those_it_does_not_use()
    {
        var sql = new PositionalSql("SELECT @b, @a");
        NpgsqlParameter a = new("a", 1), b = new("b", 2), unused = new("c", 3);

        var bound = sql.Bind([a, unused, b]);

        bound.ShouldBe([b, a]);
        bound.ShouldAllBe(p => p.ParameterName == "");
    }

    [Fact]
    public void Should_name_the_parameters_that_are_missing()
    {
        var exception = Should.Throw<ArgumentException>(() => new PositionalSql("SELECT @a, @b, @c").Bind([new NpgsqlParameter("b", 1)]));

        exception.Message.ShouldStartWith("No value for @a, @c.");
    }
}
