namespace Briefings.Typesetting.Layout;

/// <summary>
/// Cuts the vertical list into pages. Boxes are placed while they fit; when one does not, the page
/// ends at the last legal break (never after a box that must stay with the next), and a box taller
/// than a whole page is split. Footnotes go to the foot of the page whose line cites them; a
/// footnote too long for that page continues at the foot of the next.
/// </summary>
/// <param name="left">Where the text box starts on the page, so that boxes are placed where they print.</param>
/// <param name="top">Where the text box starts on the page, so that boxes are placed where they print.</param>
public sealed class Paginator(float bodyHeight, float footnoteGap, IReadOnlyDictionary<int, IReadOnlyList<VBox>> footnotes, float left = 0, float top = 0)
{
    /// <summary>Body and footnote boxes of one page, placed on the page (the text box's top is at <c>top</c>).</summary>
    public sealed record Page(List<PlacedBox> Body, List<PlacedBox> Notes);

    public List<Page> Paginate(IReadOnlyList<VItem> items)
    {
        var pages = new List<Page>();
        // The items as they are paged: a copy only once a box taller than a page is split and its rest takes its place.
        var queue = items;
        List<VItem>? splitQueue = null;
        var pendingNotes = new Queue<VBox>();
        // Footnote lines on finished pages, so that asking whether a note is placed does not rescan every page.
        var placedNotes = new HashSet<VBox>(ReferenceEqualityComparer.Instance);
        // One page's boxes and notes at a time, reused: new lists would regrow their arrays on every page.
        var body = new List<(VBox Box, float Y, int NotesBefore)>();
        var notes = new List<VBox>();
        int i = 0;
        while (i < queue.Count || pendingNotes.Count > 0)
        {
            body.Clear();
            notes.Clear();
            float y = 0, notesHeight = 0;
            int lastBreakBody = -1, lastBreakItem = -1;
            bool repeatsHeader = false;

            // Footnote lines carried over from the previous page come first, up to half the page.
            while (pendingNotes.Count > 0 && notesHeight + pendingNotes.Peek().Height <= bodyHeight / 2 + (notes.Count == 0 ? bodyHeight / 2 : 0))
            {
                var line = pendingNotes.Dequeue();
                notes.Add(line);
                notesHeight += line.Height;
            }
            float Reserve() => notesHeight + (notes.Count > 0 ? footnoteGap : 0);

            while (i < queue.Count)
            {
                var item = queue[i];
                if (item is VPageBreak) { i++; if (body.Count > 0) break; continue; }
                if (item is VGlue glue)
                {
                    if (body.Count > 0)
                    {
                        if (!body[^1].Box.KeepWithNext) { lastBreakBody = body.Count; lastBreakItem = i; }
                        y += glue.Height;
                    }
                    i++;
                    continue;
                }
                var box = (VBox)item;
                // A table row opening a page brings its header with it.
                if (body.Count == 0 && box.RepeatHeader is { } header && pages.Count > 0 && !ReferenceEquals(box, header))
                {
                    body.Add((header, y, notes.Count));
                    y += header.Height;
                    repeatsHeader = true;
                }
                IReadOnlyList<VBox> cited = box.Footnotes.Count == 0 ? [] : Cited(box, placedNotes, notes);
                float citedHeight = cited.Sum(b => b.Height) + (cited.Count > 0 && notes.Count == 0 ? footnoteGap : 0);
                if (y + box.Height + Reserve() + citedHeight <= bodyHeight + 0.01f)
                {
                    body.Add((box, y, notes.Count));
                    y += box.Height;
                    notes.AddRange(cited);
                    notesHeight += cited.Sum(b => b.Height);
                    i++;
                    if (!box.KeepWithNext) { lastBreakBody = body.Count; lastBreakItem = i; }
                    continue;
                }
                if (lastBreakBody > 0)
                {
                    // Roll back to the last legal break, taking back the footnotes those boxes brought.
                    if (lastBreakBody < body.Count)
                    {
                        int notesKept = body[lastBreakBody].NotesBefore;
                        notes.RemoveRange(notesKept, notes.Count - notesKept);
                        body.RemoveRange(lastBreakBody, body.Count - lastBreakBody);
                        i = lastBreakItem;
                    }
                    break;
                }
                if (HoldsOnly(body, box.RepeatHeader))
                {
                    float room = bodyHeight - Reserve() - y;
                    if (box.Split?.Invoke(room) is { } parts && parts.Head.Height <= room + 0.01f)
                    {
                        body.Add((parts.Head, y, notes.Count));
                        splitQueue ??= [.. items];
                        splitQueue[i] = parts.Tail with { RepeatHeader = box.RepeatHeader };
                        queue = splitQueue;
                        notes.AddRange(TakeNotes(parts.Head, placedNotes, notes, ref notesHeight, bodyHeight - y - parts.Head.Height, pendingNotes));
                        break;
                    }
                    // Alone on a page and still too tall with its notes: place it, and let notes run on.
                    body.Add((box, y, notes.Count));
                    y += box.Height;
                    i++;
                    notes.AddRange(TakeNotes(box, placedNotes, notes, ref notesHeight, bodyHeight - y, pendingNotes));
                    break;
                }
                break; // no legal break on this page: end it here
            }

            if (body.Count == 0 && notes.Count == 0) { if (i >= queue.Count) break; continue; }
            var page = new Page(new List<PlacedBox>(body.Count), new List<PlacedBox>(notes.Count));
            for (int k = 0; k < body.Count; k++) page.Body.Add(new PlacedBox(k == 0 && repeatsHeader ? AsArtifact(body[k].Box) : body[k].Box, left, top + body[k].Y));
            float noteY = bodyHeight - notes.Sum(n => n.Height);
            foreach (var n in notes) { page.Notes.Add(new PlacedBox(n, left, top + noteY)); noteY += n.Height; placedNotes.Add(n); }
            pages.Add(page);
        }
        return pages;
    }

    /// <summary>
    /// A header row repeated on a continuation page is a reading aid, not new header cells: its marks
    /// lose their structure and are painted as artifacts.
    /// </summary>
    /// <summary>
    /// Whether a page's body so far is empty or only the table header it repeats. A loop: a lambda reading
    /// the box would make the paginator allocate a closure for every box it places.
    /// </summary>
    private static bool HoldsOnly(List<(VBox Box, float Y, int NotesBefore)> body, VBox? header)
    {
        foreach (var placed in body) if (!ReferenceEquals(placed.Box, header)) return false;
        return true;
    }

    private static VBox AsArtifact(VBox header) => header with { Inks = header.Inks.Select(ink => ink with { Path = null }).ToList() };

    /// <summary>Lines of the notes a box cites that are not placed yet, on this page or before.</summary>
    private List<VBox> Cited(VBox box, HashSet<VBox> placed, List<VBox> current) =>
        box.Footnotes.Where(n => footnotes.ContainsKey(n) && !PlacedBefore(placed, current, n)).SelectMany(n => footnotes[n]).ToList();

    private bool PlacedBefore(HashSet<VBox> placed, List<VBox> current, int number) =>
        footnotes[number] is [var first, ..] && (current.Contains(first) || placed.Contains(first));

    /// <summary>The notes a box cites, as many lines as fit; the rest wait for the next page.</summary>
    private List<VBox> TakeNotes(VBox box, HashSet<VBox> placed, List<VBox> current, ref float notesHeight, float room, Queue<VBox> pending)
    {
        var taken = new List<VBox>();
        room -= footnoteGap + notesHeight;
        foreach (var n in box.Footnotes.Where(n => footnotes.ContainsKey(n) && !PlacedBefore(placed, current, n)))
            foreach (var line in footnotes[n])
            {
                if (pending.Count == 0 && line.Height <= room) { taken.Add(line); room -= line.Height; notesHeight += line.Height; }
                else pending.Enqueue(line);
            }
        return taken;
    }
}
