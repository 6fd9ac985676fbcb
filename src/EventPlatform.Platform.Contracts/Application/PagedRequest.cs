namespace EventPlatform.Platform.Application;

/// <summary>Paging input shared by list endpoints.</summary>
public record PagedRequest
{
    public const int MaxPageSize = 200;

    public int Skip { get; init; }

    public int Take { get; init; } = 20;

    public string? Sorting { get; init; }
}

public sealed record PagedResult<T>(long TotalCount, IReadOnlyList<T> Items);
