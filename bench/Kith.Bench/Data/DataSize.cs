namespace Kith.Bench.Data;

/// <summary>How much data a benchmark run works on: the three sizes the harness knows.</summary>
public sealed record DataSize(string Name, int People, int Interactions, int InteractionNotes)
{
    public static readonly DataSize S = new("S", 1_000, 10_000, 2_000);
    public static readonly DataSize M = new("M", 10_000, 100_000, 20_000);
    public static readonly DataSize L = new("L", 100_000, 1_000_000, 200_000);

    public static IReadOnlyList<DataSize> All { get; } = [S, M, L];

    public static DataSize Parse(string name) =>
        All.FirstOrDefault(s => s.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown size '{name}'. Use S, M or L.");
}
