using System.Buffers;
using System.Text;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// Undoes UTF-8 that was decoded as Latin-1 or Windows-1252, one character sequence at a time: a lead
/// character (Â..ô) followed by the continuation characters it calls for, whose bytes form valid UTF-8.
/// </summary>
internal static class Mojibake
{
    private const int MaxPasses = 2; // text mis-decoded twice ("Ã¢â‚¬â„¢") needs two

    // Windows-1252 puts printable characters where Latin-1 has C1 controls (0x80–0x9F).
    private static readonly Dictionary<char, byte> Windows1252 = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87,
        ['ˆ'] = 0x88, ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91,
        ['’'] = 0x92, ['“'] = 0x93, ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98,
        ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B, ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    public static string Repair(string text)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var repaired = RepairOnce(text);
            if (ReferenceEquals(repaired, text))
            {
                break;
            }

            text = repaired;
        }

        return text;
    }

    private static string RepairOnce(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0 || !HasTypicalPattern(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (TryDecodeAt(text, i, out var rune, out var length))
            {
                builder.Append(text, copied, i - copied);
                if (rune.Value != 0xFEFF)
                {
                    builder.Append(rune.ToString());
                }

                i += length - 1;
                copied = i + 1;
            }
        }

        return copied == 0 ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    // The fingerprints of mis-decoded UTF-8: "Ã" or "Â" (U+00C0–U+00FF, NBSP...) and "â€"/"â\u0080"
    // (general punctuation: quotes, dashes, ellipsis). Rarer sequences are only repaired alongside them.
    private static bool HasTypicalPattern(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is 'Ã' or 'Â' or 'â' && TryDecodeAt(text, i, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryDecodeAt(string text, int index, out Rune rune, out int length)
    {
        rune = default;
        var lead = text[index];
        length = lead switch
        {
            >= '\u00C2' and <= '\u00DF' => 2,
            >= '\u00E0' and <= '\u00EF' => 3,
            >= '\u00F0' and <= '\u00F4' => 4,
            _ => 0,
        };

        if (length == 0 || index + length > text.Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (var k = 1; k < length; k++)
        {
            var b = ToByte(text[index + k]);
            if (b is < 0x80 or > 0xBF)
            {
                return false;
            }

            bytes[k] = (byte)b;
        }

        if (Rune.DecodeFromUtf8(bytes[..length], out rune, out var consumed) != OperationStatus.Done || consumed != length)
        {
            return false;
        }

        // Two-byte sequences can occur in correct text ("Ö°"); accept them only where mojibake lands:
        // Latin letters and symbols, Greek and Cyrillic.
        return length > 2 || rune.Value is >= 0x80 and <= 0x24F or >= 0x370 and <= 0x4FF;
    }

    private static int ToByte(char c) => c <= '\u00FF' ? c : Windows1252.GetValueOrDefault(c, (byte)0);
}
