using Briefings.Typesetting.Pdf;

namespace Briefings.Typesetting.Tests;

/// <summary>A file written in pooled pieces comes back whole: every byte, in order, across piece boundaries.</summary>
public class FileBufferTests
{
    [Fact]
    public void Writes_of_any_size_come_back_as_one_array_in_order()
    {
        var random = new Random(3);
        var expected = new List<byte>();
        using var buffer = new FileBuffer();
        foreach (var size in new[] { 0, 1, 7, 65_535, 1, 65_536, 200_000, 3, 131_072 })
        {
            var chunk = new byte[size];
            random.NextBytes(chunk);
            buffer.Write(chunk);
            expected.AddRange(chunk);
            Assert.Equal(expected.Count, buffer.Position);
        }
        Assert.Equal(expected.ToArray(), buffer.ToArray());
    }
}
