using System.Runtime.InteropServices;

namespace Briefings.Typesetting.Files;

/// <summary>What a path names, as the operating system sees it: Briefings reads and writes regular files only.</summary>
public enum FileKind { Missing, Regular, Folder, Fifo, CharacterDevice, BlockDevice, Socket, SymbolicLink, Other }

/// <summary>
/// The kind of a path, from stat(2). .NET reports a FIFO or a device as an ordinary file, and opening a
/// FIFO blocks until someone writes to it, so the kind must be known before any open. The call goes to
/// the runtime's own System.Native shim, whose status layout is the same on every Unix (mode at offset 4).
/// </summary>
public static class FileKinds
{
    /// <summary>The kind of <paramref name="path"/>, following symbolic links unless <paramref name="followLinks"/> is false.</summary>
    public static FileKind Of(string path, bool followLinks = true)
    {
        if (!OperatingSystem.IsWindows())
        {
            var status = new byte[256];
            if ((followLinks ? Stat(path, status) : LStat(path, status)) != 0) return FileKind.Missing;
            return (BitConverter.ToInt32(status, 4) & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Folder,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                0xA000 => FileKind.SymbolicLink,
                _ => FileKind.Other,
            };
        }
        if (Directory.Exists(path)) return FileKind.Folder;
        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>How a message names a kind: "a FIFO", "a folder".</summary>
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Folder => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "not a regular file",
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
