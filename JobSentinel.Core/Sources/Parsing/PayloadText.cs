namespace JobSentinel.Core.Sources.Parsing;

/// <summary>The text rules every parser shares: trimmed, empty is null, tags without duplicates.</summary>
internal static class PayloadText
{
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Adds a trimmed tag unless it is empty or already present (boards repeat the category among the tags).</summary>
    public static void AddDistinct(List<string> tags, string? tag)
    {
        var cleaned = Clean(tag);
        if (cleaned is null)
        {
            return;
        }

        foreach (var existing in tags)
        {
            if (string.Equals(existing, cleaned, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        tags.Add(cleaned);
    }
}
