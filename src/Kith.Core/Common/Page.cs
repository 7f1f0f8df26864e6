namespace Kith.Core.Common;

/// <summary>One page of a list, with what a pager needs.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < TotalPages;
}

/// <summary>Paging arguments, clamped to sane bounds so no request can ask for the whole table.</summary>
public readonly record struct Paging(int PageNumber, int PageSize)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 200;

    public static Paging Of(int? page, int? size) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));

    public int Skip => (PageNumber - 1) * PageSize;
}
