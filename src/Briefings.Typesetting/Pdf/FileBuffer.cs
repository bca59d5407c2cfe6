using System.Buffers;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// A file being written, in pieces rented from the shared array pool, copied once into an array of
/// exactly its length at the end. A growing MemoryStream would hold the file about twice over and then
/// copy it; for a long document both are large-object allocations, and every one of those moves the
/// collector closer to a full collection of a heap that holds the whole page plan.
/// </summary>
internal sealed class FileBuffer : IDisposable
{
    private const int PieceSize = 64 * 1024;
    private readonly List<byte[]> _pieces = [];
    private int _used = PieceSize; // of the last piece; a full "last piece" makes the first write rent one

    public long Position { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Position += bytes.Length;
        while (bytes.Length > 0)
        {
            if (_used == PieceSize)
            {
                _pieces.Add(ArrayPool<byte>.Shared.Rent(PieceSize));
                _used = 0;
            }
            int n = Math.Min(bytes.Length, PieceSize - _used);
            bytes[..n].CopyTo(_pieces[^1].AsSpan(_used));
            _used += n;
            bytes = bytes[n..];
        }
    }

    public byte[] ToArray()
    {
        var file = GC.AllocateUninitializedArray<byte>(checked((int)Position));
        for (int i = 0; i < _pieces.Count; i++)
            _pieces[i].AsSpan(0, i == _pieces.Count - 1 ? _used : PieceSize).CopyTo(file.AsSpan(i * PieceSize));
        return file;
    }

    public void Dispose()
    {
        foreach (var piece in _pieces) ArrayPool<byte>.Shared.Return(piece);
        _pieces.Clear();
    }
}
