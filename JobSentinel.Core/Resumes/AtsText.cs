namespace JobSentinel.Core.Resumes;

/// <summary>Word counting and quoting for the ATS report's messages.</summary>
internal static class AtsText
{
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar || (inWord && c is '\'' or '’' or '-' or '.' or '+' or '#' or '@' or '/' or '_');
        }

        return count;
    }

    /// <summary>The first words of <paramref name="text"/> in quotes, with an ellipsis when cut.</summary>
    public static string Quote(string text, int words = 8)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? $"“{string.Join(' ', parts)}”" : $"“{string.Join(' ', parts[..words])}…”";
    }

    public static string List(IEnumerable<string> items, int max = 3)
    {
        var all = items.ToList();
        var shown = string.Join(", ", all.Take(max).Select(i => $"“{i}”"));
        return all.Count > max ? $"{shown} and {all.Count - max} more" : shown;
    }
}
