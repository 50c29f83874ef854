namespace JobSentinel.Core.Matching;

/// <summary>Jaro-Winkler similarity in [0,1]: 1 for equal strings, boosted for a shared prefix of up to four characters.</summary>
internal static class JaroWinkler
{
    private const double PrefixScale = 0.1;
    private const int MaxPrefix = 4;

    public static double Similarity(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == right.Length ? 1 : 0;
        }

        var jaro = Jaro(left, right);
        var prefix = 0;
        while (prefix < Math.Min(MaxPrefix, Math.Min(left.Length, right.Length)) && left[prefix] == right[prefix])
        {
            prefix++;
        }

        return jaro + prefix * PrefixScale * (1 - jaro);
    }

    private static double Jaro(string left, string right)
    {
        var window = Math.Max(0, Math.Max(left.Length, right.Length) / 2 - 1);
        var leftMatched = new bool[left.Length];
        var rightMatched = new bool[right.Length];
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var end = Math.Min(right.Length, i + window + 1);
            for (var j = Math.Max(0, i - window); j < end; j++)
            {
                if (!rightMatched[j] && left[i] == right[j])
                {
                    leftMatched[i] = rightMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        // Half the matched characters that appear in a different order.
        var outOfOrder = 0;
        var k = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (!leftMatched[i])
            {
                continue;
            }

            while (!rightMatched[k])
            {
                k++;
            }

            if (left[i] != right[k])
            {
                outOfOrder++;
            }

            k++;
        }

        double m = matches;
        return (m / left.Length + m / right.Length + (m - outOfOrder / 2.0) / m) / 3;
    }
}
