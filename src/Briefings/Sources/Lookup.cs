namespace Briefings.Sources;

/// <summary>
/// A by-key index of a list, built on first use and rebuilt when the list it was built from is replaced
/// (a record copied with <c>with</c> keeps the field, so the index checks which list it belongs to). The
/// first of equal keys wins, as a scan would find it.
/// </summary>
internal sealed class Lookup<T>(Func<T, string> key) where T : class
{
    // One reference, written whole: threads of a monthly run may race to build it, and each sees a complete index.
    private sealed record Built(IReadOnlyList<T> From, Dictionary<string, T> Index);

    private Built? _built;

    public T? Find(IReadOnlyList<T> items, string wanted)
    {
        var built = _built;
        if (built is null || !ReferenceEquals(built.From, items))
        {
            var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
            foreach (var item in items) index.TryAdd(key(item), item);
            _built = built = new Built(items, index);
        }
        return built.Index.GetValueOrDefault(wanted);
    }
}
