using System.Collections.Concurrent;
using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>
/// What the web remembers about an upload between preview and commit: the options it was last
/// previewed with, the user's choices for its rows, and the preview itself for a few minutes, so
/// paging through a 30,000-row file does not read and match it all again for every page. The
/// options and choices are also kept in the database with the upload (see <see cref="ImportFlow"/>),
/// so another app node, or this one after a restart, carries on where the user was; the preview is
/// only a cache of this node's.
/// </summary>
public sealed class ImportDrafts(TimeProvider time)
{
    /// <summary>A preview describes the database as it was; after this long it is computed again.</summary>
    public static readonly TimeSpan PreviewKeptFor = TimeSpan.FromMinutes(10);

    // As long as ImportStore keeps the file itself.
    private static readonly TimeSpan DraftKeptFor = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<(int AccountId, string Id), ImportDraft> _drafts = new();

    public ImportDraft For(int accountId, string id)
    {
        var now = time.GetUtcNow();
        foreach (var (key, stale) in _drafts)
        {
            if (now - stale.TouchedAt > DraftKeptFor) _drafts.TryRemove(key, out _);
        }
        var draft = _drafts.GetOrAdd((accountId, id), _ => new ImportDraft(time));
        draft.TouchedAt = now;
        return draft;
    }

    public void Forget(int accountId, string id) => _drafts.TryRemove((accountId, id), out _);

    /// <summary>People changed (an import, a restore, a merge): every preview of the account is matched again next time.</summary>
    public void ForgetPreviews(int accountId)
    {
        foreach (var ((account, _), draft) in _drafts)
        {
            if (account == accountId) draft.ForgetPreview();
        }
    }
}

/// <summary>One upload's remembered options, row choices and latest preview.</summary>
public sealed class ImportDraft(TimeProvider time)
{
    private readonly Lock _lock = new();
    private ImportOptions _options = new();
    private readonly Dictionary<int, RowChoice> _choices = [];
    private (ImportOptions Options, ImportPreview Preview, DateTimeOffset At)? _preview;

    /// <summary>One preview of this upload at a time: a double-click waits for the first instead of reading the file twice.</summary>
    public SemaphoreSlim Previewing { get; } = new(1, 1);

    public DateTimeOffset TouchedAt { get; set; }

    public ImportOptions Options
    {
        get { lock (_lock) return _options; }
        set { lock (_lock) _options = value; }
    }

    /// <summary>The user's per-row choices so far, by line.</summary>
    public IReadOnlyDictionary<int, RowChoice> Choices
    {
        get { lock (_lock) return new Dictionary<int, RowChoice>(_choices); }
    }

    /// <summary>Takes the options and choices kept in the database; the cached preview stays if the options are the same.</summary>
    public void Restore(ImportOptions options, IReadOnlyDictionary<int, RowChoice> choices)
    {
        lock (_lock)
        {
            if (!SameOptions(options, _options)) _options = options;
            _choices.Clear();
            foreach (var (line, choice) in choices) _choices[line] = choice;
        }
    }

    /// <summary>Options equal in value (a mapping is compared by its columns, not by reference).</summary>
    public static bool SameOptions(ImportOptions a, ImportOptions b) =>
        a.Format == b.Format && a.KeepPhotos == b.KeepPhotos && a.Tag == b.Tag && SameMapping(a, b);

    /// <summary>The same columns read as the same fields.</summary>
    public static bool SameMapping(ImportOptions a, ImportOptions b) =>
        (a.Mapping?.FieldByColumn ?? new Dictionary<string, string>()).OrderBy(m => m.Key, StringComparer.Ordinal)
            .SequenceEqual((b.Mapping?.FieldByColumn ?? new Dictionary<string, string>()).OrderBy(m => m.Key, StringComparer.Ordinal));

    public void Choose(IReadOnlyDictionary<int, RowChoice> choices)
    {
        lock (_lock)
        {
            foreach (var (line, choice) in choices) _choices[line] = choice;
        }
    }

    /// <summary>The preview for the current options, if one was made recently.</summary>
    public ImportPreview? RecentPreview
    {
        get
        {
            lock (_lock)
            {
                return _preview is { } p && ReferenceEquals(p.Options, _options) && time.GetUtcNow() - p.At < ImportDrafts.PreviewKeptFor
                    ? p.Preview
                    : null;
            }
        }
    }

    public void Remember(ImportOptions options, ImportPreview preview)
    {
        lock (_lock)
        {
            _options = options;
            _preview = (options, preview, time.GetUtcNow());
        }
    }

    public void ForgetPreview()
    {
        lock (_lock) _preview = null;
    }
}
