namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Counts the terms of one job description in arrays indexed by term id, reused for every description a thread
/// scans: only the ids touched are reset, so a posting costs no dictionary and no allocation but its result.
/// </summary>
internal sealed class TermTally
{
    private int[] _occurrences = new int[4096];
    private int[] _keywordOccurrences = new int[4096];
    private int[] _touched = new int[512];
    private int _count;

    public void Add(int id, int weight, bool keyword)
    {
        if (id >= _occurrences.Length)
        {
            var length = Math.Max(id + 1, _occurrences.Length * 2);
            Array.Resize(ref _occurrences, length);
            Array.Resize(ref _keywordOccurrences, length);
        }

        // Weights are positive, so a zero count is an id this description has not used yet.
        if (_occurrences[id] == 0)
        {
            if (_count == _touched.Length)
            {
                Array.Resize(ref _touched, _count * 2);
            }

            _touched[_count++] = id;
        }

        _occurrences[id] += weight;
        if (keyword)
        {
            _keywordOccurrences[id] += weight;
        }
    }

    /// <summary>The terms counted since the last call, in order of first use; the tally is empty afterwards.</summary>
    public TermCount[] Drain()
    {
        var terms = new TermCount[_count];
        for (var i = 0; i < _count; i++)
        {
            var id = _touched[i];
            terms[i] = new TermCount(id, _occurrences[id], _keywordOccurrences[id]);
            _occurrences[id] = 0;
            _keywordOccurrences[id] = 0;
        }

        _count = 0;
        return terms;
    }

    /// <summary>Forgets whatever a scan that did not finish left behind.</summary>
    public void Clear()
    {
        foreach (var id in _touched.AsSpan(0, _count))
        {
            _occurrences[id] = 0;
            _keywordOccurrences[id] = 0;
        }

        _count = 0;
    }
}
