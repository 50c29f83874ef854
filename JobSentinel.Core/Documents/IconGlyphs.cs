namespace JobSentinel.Core.Documents;

/// <summary>
/// Icon fonts and private-use code points: CV templates draw phone, mail and LinkedIn icons with them,
/// and ATS parsers turn them into stray letters (an envelope comes out as "#").
/// </summary>
internal static class IconGlyphs
{
    private static readonly string[] IconFontNames =
    [
        "fontawesome", "font awesome", "fa-solid", "fa-regular", "fa-brands", "symbol", "wingdings", "webdings",
        "tabler", "material icons", "materialicons", "material symbols", "academicons", "ionicons", "bootstrap-icons",
        "feather", "octicons", "zapfdingbats", "dingbats", "icomoon", "glyphicons",
    ];

    // Symbol and Wingdings bullets that Word maps into the private-use area; they are list markers, not icons.
    private static readonly HashSet<int> PrivateUseBullets = [0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF0FC, 0xF06E, 0xF0A8, 0xF02D];

    private static readonly HashSet<string> Bullets = ["•", "◦", "▪", "■", "●", "○", "‣", "∙", "·", "–", "-", "*", "➢", "►", "✓"];

    /// <summary>True for fonts that draw pictures rather than letters.</summary>
    public static bool IsIconFont(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName))
        {
            return false;
        }

        // Embedded fonts carry a six-letter subset tag ("ANKNIR+FontAwesome5Free-Solid").
        var plus = fontName.IndexOf('+');
        var name = plus is 6 ? fontName[(plus + 1)..] : fontName;
        return IconFontNames.Any(icon => name.Contains(icon, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the text holds a private-use code point that is not a bullet.</summary>
    public static bool HasPrivateUse(string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsPrivateUse(rune.Value) && !PrivateUseBullets.Contains(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A glyph that only marks a list item, whatever font draws it.</summary>
    public static bool IsBullet(string value) =>
        Bullets.Contains(value) || (value.Length == 1 && PrivateUseBullets.Contains(value[0]));

    private static bool IsPrivateUse(int codePoint) =>
        codePoint is >= 0xE000 and <= 0xF8FF or >= 0xF0000 and <= 0xFFFFD or >= 0x100000 and <= 0x10FFFD;
}
