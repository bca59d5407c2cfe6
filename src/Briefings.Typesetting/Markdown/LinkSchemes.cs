namespace Briefings.Typesetting.Markdown;

/// <summary>
/// Links that run code or carry their own content (javascript:, vbscript:, data:) are never emitted,
/// in PDF or HTML: their text prints as plain text. Browsers ignore leading spaces and control
/// characters in a URL, and schemes are case-insensitive, so the check does too.
/// </summary>
internal static class LinkSchemes
{
    private static readonly string[] Refused = ["javascript:", "vbscript:", "data:"];

    public static bool IsRefused(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        return Refused.Any(scheme => trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
