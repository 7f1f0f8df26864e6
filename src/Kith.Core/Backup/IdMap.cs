namespace Kith.Core.Backup;

/// <summary>
/// Ids of one table on one side mapped to the other (database id → document id while writing,
/// document id → new database id while restoring). Keys arrive in ascending order, so two plain
/// lists and a binary search do it in a few bytes a row — 100,000 people cost well under a megabyte.
/// </summary>
internal sealed class IdMap
{
    private readonly List<int> _keys = [];
    private readonly List<int> _values = [];

    public int Count => _keys.Count;

    /// <summary>The last key added, or 0.</summary>
    public int LastKey => _keys.Count == 0 ? 0 : _keys[^1];

    public void Add(int key, int value)
    {
        if (key <= LastKey)
            throw new InvalidOperationException($"Keys must ascend: {key} after {LastKey}.");
        _keys.Add(key);
        _values.Add(value);
    }

    public int? Find(int key)
    {
        var i = _keys.BinarySearch(key);
        return i >= 0 ? _values[i] : null;
    }

    /// <summary>The position of a key in the order it was added, or -1.</summary>
    public int IndexOf(int key)
    {
        var i = _keys.BinarySearch(key);
        return i >= 0 ? i : -1;
    }
}
